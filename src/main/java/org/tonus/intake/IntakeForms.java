package org.tonus.intake;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tonus.client.ClientId;
import org.tonus.client.ClientTimeline;
import org.tonus.identity.AuditEntry;
import org.tonus.identity.AuditLog;
import org.tonus.identity.CurrentUser;

import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps completed questionnaires. Submitting one also records a screen, so the chart's banner
 * reflects what the client said at once; the therapist reviews both. That screen adds the client's
 * "yes" answers to the current one and keeps everything already found: a client's "no" never
 * clears what staff recorded, and staff-only items and the areas they entered stay.
 */
@Component
public class IntakeForms {

	public record StoredIntake(UUID id, ClientId client, String status, String source, IntakeAnswers answers,
			Instant submittedAt, Instant reviewedAt) {
	}

	public record IntakeStatus(UUID id, String status, String source, Instant submittedAt) {
	}

	private final JdbcClient jdbc;

	private final ContraindicationScreens screens;

	private final ClientTimeline timeline;

	private final AuditLog audit;

	private final JsonMapper json;

	private final Clock clock;

	IntakeForms(JdbcClient jdbc, ContraindicationScreens screens, ClientTimeline timeline, AuditLog audit, JsonMapper json,
			Clock clock) {
		this.jdbc = jdbc;
		this.screens = screens;
		this.timeline = timeline;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	@Transactional
	public StoredIntake submit(ClientId client, IntakeAnswers answers, String source) {
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		jdbc.sql("""
				INSERT INTO intake_form (id, client_id, status, source, answers, submitted_at, submitted_by)
				VALUES (?, ?, 'SUBMITTED', ?, ?::jsonb, ?, ?)
				""")
			.params(id, client.id(), source, json.writeValueAsString(answers), Timestamp.from(now),
					CurrentUser.get().map(user -> user.id().id()).orElse(null))
			.update();
		audit.record(AuditEntry.success("intake.submit", "client", client));
		timeline.add(client, "intake.submitted", true,
				source.equals("CLIENT_LINK") ? "Intake questionnaire completed online" : "Intake questionnaire completed in the clinic",
				"/clients/" + client + "/intakes/" + id);
		List<Screening.Finding> current = screens.current(client).map(Screening::findings).orElse(List.of());
		screens.record(client, merge(current, answers.screening()), "From the intake questionnaire", source);
		return new StoredIntake(id, client, "SUBMITTED", source, answers, now, null);
	}

	/**
	 * The current findings, each kept, plus the client's "yes" answers: a new item is added; for an item
	 * already found, its places stay and the client's detail is appended when it says something new.
	 */
	static List<Screening.Finding> merge(List<Screening.Finding> current, Map<String, IntakeAnswers.ScreeningAnswer> answers) {
		Map<String, Screening.Finding> merged = new LinkedHashMap<>();
		for (Screening.Finding finding : current) {
			merged.put(finding.item(), finding);
		}
		for (Map.Entry<String, IntakeAnswers.ScreeningAnswer> answer : answers.entrySet()) {
			if (!answer.getValue().yes()) {
				continue;
			}
			String detail = answer.getValue().detail() == null || answer.getValue().detail().isBlank() ? null
					: answer.getValue().detail().strip();
			Screening.Finding found = merged.get(answer.getKey());
			if (found == null) {
				merged.put(answer.getKey(), new Screening.Finding(answer.getKey(), List.of(), detail));
			}
			else if (detail != null && !saysAlready(found.detail(), detail)) {
				merged.put(answer.getKey(), new Screening.Finding(found.item(), found.places(),
						found.detail() == null || found.detail().isBlank() ? detail : found.detail() + "; " + detail));
			}
		}
		return new ArrayList<>(merged.values());
	}

	private static boolean saysAlready(String existing, String detail) {
		return existing != null && List.of(existing.split("; ")).stream().anyMatch(part -> part.strip().equalsIgnoreCase(detail));
	}

	/** The questionnaire with its answers (clinical: audited). */
	@Transactional
	public Optional<StoredIntake> get(ClientId client, UUID id) {
		Optional<StoredIntake> intake = jdbc.sql("""
				SELECT id, status, source, answers, submitted_at, reviewed_at FROM intake_form WHERE id = ? AND client_id = ?
				""").params(id, client.id()).query((rs, n) -> new StoredIntake(id, client, rs.getString("status"),
				rs.getString("source"), json.readValue(rs.getString("answers"), IntakeAnswers.class),
				rs.getTimestamp("submitted_at").toInstant(),
				rs.getTimestamp("reviewed_at") == null ? null : rs.getTimestamp("reviewed_at").toInstant())).optional();
		intake.ifPresent(found -> audit.record(AuditEntry.success("intake.read", "intake", id)));
		return intake;
	}

	public Optional<StoredIntake> latest(ClientId client) {
		return jdbc.sql("SELECT id FROM intake_form WHERE client_id = ? ORDER BY submitted_at DESC LIMIT 1")
			.param(client.id())
			.query(UUID.class)
			.optional()
			.flatMap(id -> get(client, id));
	}

	/** Whether and when questionnaires came in, without their answers (for the front desk). */
	public List<IntakeStatus> statuses(ClientId client) {
		return jdbc.sql("""
				SELECT id, status, source, submitted_at FROM intake_form WHERE client_id = ? ORDER BY submitted_at DESC LIMIT 5
				""")
			.param(client.id())
			.query((rs, n) -> new IntakeStatus(rs.getObject("id", UUID.class), rs.getString("status"),
					rs.getString("source"), rs.getTimestamp("submitted_at").toInstant()))
			.list();
	}

	@Transactional
	public boolean markReviewed(ClientId client, UUID id) {
		int updated = jdbc.sql("""
				UPDATE intake_form SET status = 'REVIEWED', reviewed_at = ?, reviewed_by = ?
				WHERE id = ? AND client_id = ? AND status = 'SUBMITTED'
				""")
			.params(Timestamp.from(clock.instant()), CurrentUser.get().map(user -> user.id().id()).orElse(null), id,
					client.id())
			.update();
		if (updated > 0) {
			audit.record(AuditEntry.success("intake.review", "intake", id));
			timeline.add(client, "intake.reviewed", true, "Intake questionnaire reviewed", "/clients/" + client + "/intakes/" + id);
		}
		return updated > 0;
	}

}
