package org.tonus.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.tonus.client.ClientId;

/** A client waiting for an earlier or a particular time: which service, with whom (or anyone), which dates and part of the day. */
public record WaitlistEntry(UUID id, ClientId client, ServiceId service, PractitionerId practitioner, LocalDate from,
		LocalDate to, DayPart dayPart, String note, Status status, Instant createdAt) {

	public enum Status {

		WAITING, BOOKED, WITHDRAWN

	}

	public enum DayPart {

		ANY, MORNING, AFTERNOON, EVENING;

		/** Morning before 12:00, afternoon until 17:00, evening after. */
		public boolean includes(java.time.LocalTime time) {
			return switch (this) {
				case ANY -> true;
				case MORNING -> time.getHour() < 12;
				case AFTERNOON -> time.getHour() >= 12 && time.getHour() < 17;
				case EVENING -> time.getHour() >= 17;
			};
		}

	}

}
