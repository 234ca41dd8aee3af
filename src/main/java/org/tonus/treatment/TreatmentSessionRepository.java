package org.tonus.treatment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tonus.client.ClientId;

@Repository
class TreatmentSessionRepository {

	private final JdbcClient jdbc;

	TreatmentSessionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(SessionId id, ClientId client, PlanId plan, UUID assessment, LocalDate visitDate, String report,
			Integer painBefore, Instant now, UUID by) {
		jdbc.sql("""
				INSERT INTO treatment_session (id, client_id, plan_id, assessment_id, visit_date, client_report, pain_before,
				    started_at, started_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id.id(), client.id(), plan == null ? null : plan.id(), assessment, visitDate, report, painBefore,
					Timestamp.from(now), by)
			.update();
	}

	Optional<TreatmentSession> find(SessionId id) {
		return jdbc.sql("SELECT * FROM treatment_session WHERE id = ?")
			.param(id.id())
			.query((rs, row) -> session(rs))
			.optional();
	}

	List<SessionSummary> summaries(ClientId client, int limit) {
		return jdbc.sql("""
				SELECT s.id, s.visit_date, s.finished_at IS NOT NULL AS finished,
				    (SELECT count(*) FROM treatment_application a WHERE a.session_id = s.id) AS techniques
				FROM treatment_session s WHERE s.client_id = ? ORDER BY s.started_at DESC LIMIT ?
				""")
			.params(client.id(), limit)
			.query((rs, row) -> new SessionSummary(new SessionId(rs.getObject("id", UUID.class)),
					rs.getObject("visit_date", LocalDate.class), rs.getBoolean("finished"), rs.getInt("techniques")))
			.list();
	}

	/** The client's newest finished session in which something was recorded, if any. */
	Optional<TreatmentSession> latestTreated(ClientId client) {
		return jdbc.sql("""
				SELECT * FROM treatment_session s WHERE s.client_id = ? AND s.finished_at IS NOT NULL
				    AND EXISTS (SELECT 1 FROM treatment_application a WHERE a.session_id = s.id)
				ORDER BY s.started_at DESC LIMIT 1
				""")
			.param(client.id())
			.query((rs, row) -> session(rs))
			.optional();
	}

	/** The client's session of {@code visitDate} that is still open, if any. */
	Optional<SessionId> open(ClientId client, LocalDate visitDate) {
		return jdbc.sql("""
				SELECT id FROM treatment_session WHERE client_id = ? AND visit_date = ? AND finished_at IS NULL
				ORDER BY started_at DESC LIMIT 1
				""")
			.params(client.id(), visitDate)
			.query((rs, row) -> new SessionId(rs.getObject(1, UUID.class)))
			.optional();
	}

	boolean finish(SessionId id, Integer painAfter, String note, Instant now) {
		return jdbc.sql("""
				UPDATE treatment_session SET pain_after = ?, closing_note = ?, finished_at = ?
				WHERE id = ? AND finished_at IS NULL
				""")
			.params(painAfter, note, Timestamp.from(now), id.id())
			.update() == 1;
	}

	void linkNote(SessionId id, UUID note) {
		jdbc.sql("UPDATE treatment_session SET note_id = ? WHERE id = ?").params(note, id.id()).update();
	}

	void insertOverride(SessionId session, ContraindicationOverride override, UUID by) {
		jdbc.sql("""
				INSERT INTO treatment_override (id, session_id, scope, concerns, reason, made_at, made_by, made_by_name)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(override.id(), session.id(), override.scope(), String.join(",", override.concerns()), override.reason(),
					Timestamp.from(override.madeAt()), by, override.madeByName())
			.update();
	}

	int nextPosition(SessionId session) {
		return jdbc.sql("SELECT coalesce(max(position), 0) + 1 FROM treatment_application WHERE session_id = ?")
			.param(session.id())
			.query(Integer.class)
			.single();
	}

	void insertApplication(SessionId session, Application application, UUID by) {
		Application.Pir pir = application.pir() == null ? new Application.Pir(null, null, null, null, null, null)
				: application.pir();
		jdbc.sql("""
				INSERT INTO treatment_application (id, session_id, position, muscle_id, trigger_point, side, technique,
				    hold_seconds, repetitions, pressure, contact, discomfort, release, contraction_seconds, effort_percent,
				    relaxation_seconds, cycles, rom_before, rom_after, note, override_id, recorded_at, recorded_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(application.id(), session.id(), application.position(), application.muscle(),
					application.triggerPoint(), application.side(), application.technique().name(),
					application.holdSeconds(), application.repetitions(), application.pressure(),
					application.contact() == null ? null : application.contact().name(), application.discomfort(),
					application.release() == null ? null : application.release().name(), pir.contractionSeconds(),
					pir.effortPercent(), pir.relaxationSeconds(), pir.cycles(), pir.romBefore(), pir.romAfter(),
					application.note(), application.override(), Timestamp.from(application.recordedAt()), by)
			.update();
	}

	private TreatmentSession session(ResultSet rs) throws SQLException {
		SessionId id = new SessionId(rs.getObject("id", UUID.class));
		UUID plan = rs.getObject("plan_id", UUID.class);
		Timestamp finished = rs.getTimestamp("finished_at");
		return new TreatmentSession(id, new ClientId(rs.getObject("client_id", UUID.class)),
				plan == null ? null : new PlanId(plan), rs.getObject("assessment_id", UUID.class),
				rs.getObject("visit_date", LocalDate.class), rs.getString("client_report"),
				rs.getObject("pain_before", Integer.class), rs.getObject("pain_after", Integer.class),
				rs.getString("closing_note"), rs.getTimestamp("started_at").toInstant(),
				finished == null ? null : finished.toInstant(), rs.getObject("note_id", UUID.class), applications(id),
				overrides(id));
	}

	private List<Application> applications(SessionId session) {
		return jdbc.sql("SELECT * FROM treatment_application WHERE session_id = ? ORDER BY position")
			.param(session.id())
			.query((rs, row) -> new Application(rs.getObject("id", UUID.class), rs.getInt("position"),
					rs.getString("muscle_id"), rs.getInt("trigger_point"), rs.getString("side"),
					Technique.valueOf(rs.getString("technique")), rs.getObject("hold_seconds", Integer.class),
					rs.getObject("repetitions", Integer.class), rs.getObject("pressure", Integer.class),
					rs.getString("contact") == null ? null : Contact.valueOf(rs.getString("contact")),
					rs.getObject("discomfort", Integer.class),
					rs.getString("release") == null ? null : Release.valueOf(rs.getString("release")),
					pir(rs), rs.getString("note"), rs.getObject("override_id", UUID.class),
					rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	private static Application.Pir pir(ResultSet rs) throws SQLException {
		Application.Pir pir = new Application.Pir(rs.getObject("contraction_seconds", Integer.class),
				rs.getObject("effort_percent", Integer.class), rs.getObject("relaxation_seconds", Integer.class),
				rs.getObject("cycles", Integer.class), rs.getObject("rom_before", Integer.class),
				rs.getObject("rom_after", Integer.class));
		return pir.contractionSeconds() == null && pir.cycles() == null && pir.romBefore() == null ? null : pir;
	}

	private List<ContraindicationOverride> overrides(SessionId session) {
		return jdbc.sql("SELECT * FROM treatment_override WHERE session_id = ? ORDER BY made_at")
			.param(session.id())
			.query((rs, row) -> new ContraindicationOverride(rs.getObject("id", UUID.class), rs.getString("scope"),
					Arrays.asList(rs.getString("concerns").split(",")), rs.getString("reason"),
					rs.getTimestamp("made_at").toInstant(), rs.getString("made_by_name")))
			.list();
	}

}
