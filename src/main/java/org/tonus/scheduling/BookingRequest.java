package org.tonus.scheduling;

import java.time.Instant;

import org.tonus.client.ClientId;

/**
 * A booking as asked for. {@code minutes} may be left out when a service is given (the service's
 * length is used); {@code room} may be left out when the service needs one (a free one is taken).
 * {@code overrideReason} lets staff book over another appointment or outside hours on purpose.
 */
public record BookingRequest(PractitionerId practitioner, ClientId client, ServiceId service, RoomId room, Instant start,
		Integer minutes, String notes, String overrideReason, BookingSource source) {

	public BookingRequest at(Instant newStart) {
		return new BookingRequest(practitioner, client, service, room, newStart, minutes, notes, overrideReason, source);
	}

}
