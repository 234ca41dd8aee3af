package org.tonus.scheduling.web;

/** English messages for the API's field errors (pages use the message bundle, {@code scheduling.error.<code>}). */
final class ScheduleMessages {

	private ScheduleMessages() {
	}

	static String of(String code) {
		return switch (code) {
			case "required" -> "must not be empty";
			case "too-long" -> "is too long";
			case "name" -> "must have 1 to 100 characters";
			case "email" -> "must be an e-mail address";
			case "date" -> "must be a date (YYYY-MM-DD)";
			case "instant" -> "must be a date and time with offset (2026-03-02T09:00:00-05:00)";
			case "time" -> "must be a time of day (HH:MM)";
			case "day" -> "must be a weekday (MONDAY to SUNDAY)";
			case "minutes" -> "must be whole minutes from 5 to 480";
			case "buffer" -> "must be whole minutes from 0 to 120";
			case "price" -> "must be an amount from 0";
			case "end-before-start" -> "must be after the start";
			case "range-too-long" -> "must be at most 62 days after 'from'";
			case "hours-overlap" -> "has intervals that overlap on one day";
			case "past" -> "is in the past";
			case "outside-hours" -> "is outside the practitioner's working hours (staff may override with a reason)";
			case "time-off" -> "falls in the practitioner's time off";
			case "too-soon" -> "is sooner than the clinic's minimum notice for online booking";
			case "too-far" -> "is further ahead than the clinic takes online bookings";
			case "online-closed" -> "online booking is switched off";
			case "override-online" -> "overrides are for staff only";
			case "unknown-practitioner" -> "is not an active practitioner";
			case "unknown-client" -> "is not a known client";
			case "unknown-service" -> "is not an active service";
			case "unknown-room" -> "is not an active room at the practitioner's location";
			case "unknown-location" -> "is not a known location";
			case "unknown-user" -> "is not a known user";
			case "wrong-room" -> "is not the kind of room this service needs";
			case "not-given" -> "is not given by this practitioner";
			case "not-movable" -> "only a booked appointment can be moved";
			case "not-cancellable" -> "only a booked or arrived appointment can be cancelled";
			case "stale" -> "the record changed since you read it; read it again";
			case "status" -> "must be one of arrived, attended, no_show";
			case "status-arrived", "status-attended", "status-no-show" -> "is not possible from the appointment's current state or before its day";
			case "count" -> "must be 2 to 52 visits";
			case "choice" -> "is not one of the choices offered";
			case "user-taken" -> "is already linked to another practitioner";
			case "zone" -> "must be a time zone such as Europe/Berlin";
			case "every" -> "must be 1 to 12";
			default -> "is not valid";
		};
	}

}
