package org.tonus.scheduling;

/** Where an appointment stands. The first three hold the time; the others free it. */
public enum AppointmentStatus {

	BOOKED, ARRIVED, ATTENDED, CANCELLED, NO_SHOW;

	public boolean holdsTime() {
		return this == BOOKED || this == ARRIVED || this == ATTENDED;
	}

	public boolean open() {
		return this == BOOKED || this == ARRIVED;
	}

}
