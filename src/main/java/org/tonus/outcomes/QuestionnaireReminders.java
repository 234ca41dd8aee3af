package org.tonus.outcomes;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tonus.client.Client;
import org.tonus.client.ClientId;
import org.tonus.client.ClientRegistry;
import org.tonus.identity.AuditActor;
import org.tonus.identity.AuditLog;
import org.tonus.scheduling.Appointment;
import org.tonus.scheduling.AppointmentStatus;
import org.tonus.scheduling.Appointments;

/**
 * Sends each client their due questionnaires before a visit, without anyone at the desk: for the
 * visits booked to start within {@value #HOURS_AHEAD} hours, a client with an e-mail address whose
 * assigned questionnaires are due, and who was not sent a questionnaire link in the last
 * {@value #QUIET_DAYS} days, gets a single-use link by e-mail. The message names the clinic and
 * holds the link, no health information ({@link QuestionnaireMail}). Without a mail server nothing
 * is issued.
 */
@Component
class QuestionnaireReminders {

	static final int HOURS_AHEAD = 48;

	static final int QUIET_DAYS = 3;

	private static final Logger log = LoggerFactory.getLogger(QuestionnaireReminders.class);

	private static final AuditActor ACTOR = new AuditActor(null, "questionnaire reminders");

	private final Appointments appointments;

	private final Assignments assignments;

	private final Measures measures;

	private final ClientRegistry clients;

	private final QuestionnaireMail mail;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	QuestionnaireReminders(Appointments appointments, Assignments assignments, Measures measures, ClientRegistry clients,
			QuestionnaireMail mail, AuditLog audit, JdbcClient jdbc, Clock clock) {
		this.appointments = appointments;
		this.assignments = assignments;
		this.measures = measures;
		this.clients = clients;
		this.mail = mail;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${tonus.questionnaires.interval:PT1H}",
			initialDelayString = "${tonus.questionnaires.initial-delay:PT2M}")
	void run() {
		try {
			int sent = sendDue();
			if (sent > 0) {
				log.info("Sent {} questionnaire links for upcoming visits", sent);
			}
		}
		catch (RuntimeException failed) {
			log.warn("Questionnaire reminders stopped early ({}); they are tried again at the next run", failed.getClass().getSimpleName());
		}
	}

	/** @return how many clients were sent a link */
	int sendDue() {
		if (!mail.configured()) {
			return 0;
		}
		Instant now = clock.instant();
		Set<ClientId> visiting = new LinkedHashSet<>();
		for (Appointment appointment : appointments.between(now, now.plus(Duration.ofHours(HOURS_AHEAD)), null, null)) {
			if (appointment.status() == AppointmentStatus.BOOKED) {
				visiting.add(appointment.client());
			}
		}
		int sent = 0;
		for (ClientId client : visiting) {
			if (sendTo(client, now)) {
				sent++;
			}
		}
		return sent;
	}

	private boolean sendTo(ClientId clientId, Instant now) {
		// a link staff made, or one that went out, counts; one whose e-mail failed does not, so it is tried again
		boolean recentLink = jdbc.sql("""
				SELECT count(*) FROM outcomes_link
				WHERE client_id = ? AND created_at > ? AND (created_by IS NOT NULL OR sent_to IS NOT NULL)
				""")
			.params(clientId.id(), Timestamp.from(now.minus(Duration.ofDays(QUIET_DAYS))))
			.query(Integer.class)
			.single() > 0;
		if (recentLink) {
			return false;
		}
		Client client = clients.findWithoutAudit(clientId).orElse(null);
		if (client == null || client.archived() || client.details().email() == null) {
			return false;
		}
		List<String> due = audit.actingAs(ACTOR, () -> assignments.due(clientId));
		if (due.isEmpty()) {
			return false;
		}
		Measures.Issued issued = audit.actingAs(ACTOR, () -> measures.issueLink(clientId, due));
		boolean accepted = mail.send(client, issued.token());
		if (accepted) {
			jdbc.sql("UPDATE outcomes_link SET sent_to = ? WHERE id = ?").params(client.details().email(), issued.id()).update();
		}
		return accepted;
	}

}
