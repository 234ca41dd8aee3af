package org.tonus.scheduling;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Messages to clients, written in the transaction of the change they announce and sent later by
 * {@link OutboxDispatcher}. Moving or cancelling an appointment drops its unsent reminders and
 * writes new ones, so a reminder never names an old time.
 */
@Component
class Outbox {

	enum Kind {

		CONFIRMATION, REMINDER, CHANGE, CANCELLATION, OFFER

	}

	private final JdbcClient jdbc;

	private final BookingPolicies policies;

	private final Clock clock;

	private final PublicLinks links;

	Outbox(JdbcClient jdbc, BookingPolicies policies, Clock clock, PublicLinks links) {
		this.jdbc = jdbc;
		this.policies = policies;
		this.clock = clock;
		this.links = links;
	}

	/** A confirmation now (with {@code extra}, e.g. the intake link for a new client) and the reminders. */
	void booked(Appointment appointment, String extra) {
		add(Kind.CONFIRMATION, appointment.id(), null, null, extra, clock.instant());
		reminders(appointment);
	}

	void moved(Appointment appointment) {
		dropPending(appointment.id());
		add(Kind.CHANGE, appointment.id(), null, null, null, clock.instant());
		reminders(appointment);
	}

	void cancelled(Appointment appointment, boolean tellClient) {
		dropPending(appointment.id());
		if (tellClient) {
			add(Kind.CANCELLATION, appointment.id(), null, null, null, clock.instant());
		}
	}

	/** Drops unsent reminders (the visit happened, or did not). */
	void settled(AppointmentId appointment) {
		dropPending(appointment);
	}

	void offer(UUID offer) {
		add(Kind.OFFER, null, offer, null, null, clock.instant());
	}

	private void reminders(Appointment appointment) {
		Instant now = clock.instant();
		for (int lead : policies.current().reminderLeads()) {
			Instant due = appointment.start().minus(Duration.ofMinutes(lead));
			if (due.isAfter(now)) {
				add(Kind.REMINDER, appointment.id(), null, lead, null, due);
			}
		}
	}

	private void dropPending(AppointmentId appointment) {
		jdbc.sql("""
				UPDATE scheduling_outbox SET dropped_at = ?, dropped_why = 'superseded', extra = NULL
				WHERE appointment_id = ? AND sent_at IS NULL AND dropped_at IS NULL AND kind IN ('REMINDER', 'CONFIRMATION', 'CHANGE')
				""")
			.params(Timestamp.from(clock.instant()), appointment.id())
			.update();
	}

	private void add(Kind kind, AppointmentId appointment, UUID offer, Integer lead, String extra, Instant due) {
		jdbc.sql("""
				INSERT INTO scheduling_outbox (id, kind, appointment_id, offer_id, lead_minutes, extra, base_url, due_at, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(UUID.randomUUID(), kind.name(), appointment == null ? null : appointment.id(), offer, lead, extra, links.base(),
					Timestamp.from(due), Timestamp.from(clock.instant()))
			.update();
	}

}
