package org.tonus.scheduling;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tonus.identity.AuditEntry;
import org.tonus.identity.AuditLog;
import org.tonus.system.Mail;

/**
 * Sends what the outbox holds once it is due. Each batch is claimed with {@code FOR UPDATE SKIP
 * LOCKED}, so several nodes never send the same row, and a row is marked sent in the transaction
 * that claimed it. A failed send is tried again later (1, 4, 9… minutes), up to
 * {@value #MAX_ATTEMPTS} times; a reminder whose visit has begun, a message for a client without an
 * e-mail address, and everything while no mail server is configured are dropped with the reason.
 */
@Component
class OutboxDispatcher {

	static final int MAX_ATTEMPTS = 6;

	private static final int BATCH = 20;

	private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

	private final JdbcClient jdbc;

	private final AppointmentRepository appointments;

	private final AppointmentMessages messages;

	private final Waitlist waitlist;

	private final Mail mail;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	OutboxDispatcher(JdbcClient jdbc, AppointmentRepository appointments, AppointmentMessages messages, Waitlist waitlist,
			Mail mail, AuditLog audit, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.appointments = appointments;
		this.messages = messages;
		this.waitlist = waitlist;
		this.mail = mail;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	private record Row(UUID id, Outbox.Kind kind, UUID appointment, UUID offer, Integer lead, String extra, String baseUrl,
			int attempts) {
	}

	@Scheduled(fixedDelayString = "${tonus.outbox.interval:PT20S}", initialDelayString = "${tonus.outbox.initial-delay:PT15S}")
	void run() {
		try {
			while (dispatchDue() == BATCH) {
				// keep going while full batches come back
			}
		}
		catch (RuntimeException failed) {
			log.warn("Sending the outbox failed ({}); it is tried again at the next run", failed.getClass().getSimpleName());
		}
	}

	/**
	 * Sends up to one batch of due messages, each in its own transaction: a row is claimed with
	 * {@code FOR UPDATE SKIP LOCKED}, sent and marked sent before the next is taken, so a failure or
	 * a restart can repeat at most the one message that was being handed to the mail server.
	 *
	 * @return how many rows were handled
	 */
	int dispatchDue() {
		int handled = 0;
		while (handled < BATCH && Boolean.TRUE.equals(transactions.execute(status -> dispatchOne()))) {
			handled++;
		}
		return handled;
	}

	private boolean dispatchOne() {
		Instant now = clock.instant();
		Optional<Row> row = jdbc.sql("""
				SELECT id, kind, appointment_id, offer_id, lead_minutes, extra, base_url, attempts FROM scheduling_outbox
				WHERE sent_at IS NULL AND dropped_at IS NULL AND due_at <= ?
				ORDER BY due_at LIMIT 1 FOR UPDATE SKIP LOCKED
				""")
			.param(Timestamp.from(now))
			.query((rs, n) -> new Row(rs.getObject(1, UUID.class), Outbox.Kind.valueOf(rs.getString(2)), rs.getObject(3, UUID.class),
					rs.getObject(4, UUID.class), (Integer) rs.getObject(5), rs.getString(6), rs.getString(7), rs.getInt(8)))
			.optional();
		row.ifPresent(found -> handle(found, now));
		return row.isPresent();
	}

	private void handle(Row row, Instant now) {
		if (!mail.configured()) {
			drop(row, "mail-off", now);
			return;
		}
		Optional<OutboxMessage> message;
		if (row.kind() == Outbox.Kind.OFFER) {
			message = waitlist.message(row.offer(), row.baseUrl());
		}
		else {
			Appointment appointment = appointments.find(new AppointmentId(row.appointment())).orElse(null);
			if (appointment == null) {
				drop(row, "gone", now);
				return;
			}
			if (row.kind() == Outbox.Kind.REMINDER && !appointment.start().isAfter(now)) {
				drop(row, "too-late", now);
				return;
			}
			message = messages.render(row.kind(), appointment, row.lead(), row.extra(), row.baseUrl());
		}
		if (message.isEmpty()) {
			drop(row, "no-address", now);
			return;
		}
		OutboxMessage m = message.get();
		boolean sent = m.attachment() == null ? mail.send(m.to(), m.subject(), m.text())
				: mail.send(m.to(), m.subject(), m.text(), m.attachment());
		if (sent) {
			jdbc.sql("UPDATE scheduling_outbox SET sent_at = ?, attempts = attempts + 1, extra = NULL WHERE id = ?")
				.params(Timestamp.from(now), row.id())
				.update();
			audit.record(AuditEntry.success("message.sent", row.appointment() != null ? "appointment" : "offer",
					row.appointment() != null ? row.appointment() : row.offer())
				.withDetail(row.kind().name().toLowerCase()));
		}
		else if (row.attempts() + 1 >= MAX_ATTEMPTS) {
			drop(row, "failed", now);
		}
		else {
			int attempt = row.attempts() + 1;
			jdbc.sql("UPDATE scheduling_outbox SET attempts = ?, due_at = ? WHERE id = ?")
				.params(attempt, Timestamp.from(now.plus(Duration.ofMinutes((long) attempt * attempt))), row.id())
				.update();
		}
	}

	private void drop(Row row, String why, Instant now) {
		jdbc.sql("UPDATE scheduling_outbox SET dropped_at = ?, dropped_why = ?, extra = NULL WHERE id = ?")
			.params(Timestamp.from(now), why, row.id())
			.update();
	}

}
