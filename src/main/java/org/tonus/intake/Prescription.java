package org.tonus.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.tonus.client.ClientId;

/** A physician's prescription or referral for therapy, and how many of its visits were used. */
public record Prescription(UUID id, ClientId client, Prescriber prescriber, LocalDate prescribedOn, List<String> diagnoses,
		int authorisedVisits, String frequency, LocalDate expiresOn, String notes, int visitsUsed) {

	public record Prescriber(String name, String npi, String practice, String contact) {
	}

	/** Warn this many visits before the last one, or this many days before expiry. */
	public static final int WARN_VISITS = 2;

	public static final int WARN_DAYS = 14;

	public int visitsRemaining() {
		return Math.max(0, authorisedVisits - visitsUsed);
	}

	public boolean expired(LocalDate today) {
		return expiresOn != null && expiresOn.isBefore(today);
	}

	public boolean usedUp() {
		return visitsRemaining() == 0;
	}

	/** About to run out: few visits left or expiry near (and not already over). */
	public boolean runningOut(LocalDate today) {
		if (expired(today) || usedUp()) {
			return false;
		}
		return visitsRemaining() <= WARN_VISITS || (expiresOn != null && !expiresOn.isAfter(today.plusDays(WARN_DAYS)));
	}

	public boolean active(LocalDate today) {
		return !expired(today) && !usedUp();
	}

}
