package org.tonus.scheduling;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What booking a series did: the appointments made, and each occurrence that could not be booked, with why and free times nearby. */
public record SeriesBooking(UUID series, List<Appointment> booked, List<Conflict> conflicts, boolean allOrNothing) {

	public record Conflict(int index, Instant start, String reason, List<Slot> alternatives) {
	}

	public boolean complete() {
		return conflicts.isEmpty();
	}

}
