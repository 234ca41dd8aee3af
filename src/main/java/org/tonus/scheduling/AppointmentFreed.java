package org.tonus.scheduling;

/** An appointment gave its time back (cancelled); the waitlist may offer it. Published inside the cancelling transaction. */
record AppointmentFreed(Appointment appointment) {
}
