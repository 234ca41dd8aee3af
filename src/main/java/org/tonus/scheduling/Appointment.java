package org.tonus.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.tonus.client.ClientId;

/**
 * A booked visit. {@code busyFrom}..{@code busyTo} is the time the practitioner and the room are
 * taken: the visit with its service's buffers.
 */
public record Appointment(AppointmentId id, PractitionerId practitioner, ClientId client, ServiceId service, RoomId room,
		LocationId location, Instant start, Instant end, Instant busyFrom, Instant busyTo, AppointmentStatus status,
		String overrideReason, UUID series, Integer seriesIndex, BookingSource source, String notes,
		String cancelReason, Boolean cancelledLate, int version) {

	public int minutes() {
		return (int) Duration.between(start, end).toMinutes();
	}

}
