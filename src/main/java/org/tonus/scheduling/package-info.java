/**
 * Scheduling: locations, practitioners (credentials, services, weekly hours with breaks, time off),
 * rooms and equipment, services with turnover buffers; appointments that PostgreSQL itself keeps
 * from overlapping for practitioner, room and client; recurring series kept in wall-clock time;
 * free-slot search; the public booking page with signed links; reminders through an outbox; the
 * waitlist; calendar feeds; and the list of clients due for a follow-up.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scheduling")
package org.tonus.scheduling;
