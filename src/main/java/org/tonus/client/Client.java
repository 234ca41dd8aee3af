package org.tonus.client;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/** A client record as stored: details, consents, archive state and the version edits must name. */
public record Client(ClientId id, ClientDetails details, Optional<Consent> treatmentConsent,
		Optional<Consent> emailConsent, Instant archivedAt, String archiveReason, int version, Instant createdAt) {

	public boolean archived() {
		return archivedAt != null;
	}

	public String displayName() {
		return details.displayName();
	}

	public Optional<Integer> ageOn(LocalDate day) {
		return Optional.ofNullable(details.dateOfBirth()).map(birth -> Period.between(birth, day).getYears());
	}

}
