package org.tonus.scheduling;

/** Who made a booking: staff in the calendar, the client online, a claimed waitlist offer, or the API. */
public enum BookingSource {

	STAFF, ONLINE, WAITLIST, API

}
