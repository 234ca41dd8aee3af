package org.tonus.treatment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tonus.client.ClientId;
import org.tonus.identity.AuditEntry;
import org.tonus.identity.AuditLog;

/**
 * Adds up a client's finished treatment visits (two queries, whatever their number) for progress
 * reports. Audited as a read of the client's sessions.
 */
@Component
public class TreatmentSummaries {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	TreatmentSummaries(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * Every client's finished visit dates, oldest first, for aggregate outcomes (visits to
	 * improvement). Not audited per client: the caller reports aggregates only.
	 */
	@Transactional(readOnly = true)
	public Map<ClientId, List<LocalDate>> finishedVisitDates() {
		Map<ClientId, List<LocalDate>> found = new HashMap<>();
		jdbc.sql("SELECT client_id, visit_date FROM treatment_session WHERE finished_at IS NOT NULL ORDER BY client_id, visit_date")
			.query(rs -> {
				found.computeIfAbsent(new ClientId(rs.getObject("client_id", UUID.class)), key -> new ArrayList<>())
					.add(rs.getObject("visit_date", LocalDate.class));
			});
		return found;
	}

	/** Finished visits from {@code from} on (all when null), oldest first. */
	@Transactional
	public TreatmentSummary of(ClientId client, LocalDate from) {
		var visits = jdbc.sql("""
				SELECT visit_date, pain_before, pain_after FROM treatment_session
				WHERE client_id = ? AND finished_at IS NOT NULL AND (?::date IS NULL OR visit_date >= ?)
				ORDER BY visit_date, started_at
				""")
			.params(client.id(), from, from)
			.query((rs, n) -> new TreatmentSummary.Visit(rs.getObject("visit_date", LocalDate.class),
					rs.getObject("pain_before", Integer.class), rs.getObject("pain_after", Integer.class)))
			.list();
		var doses = jdbc.sql("""
				SELECT a.muscle_id, a.side, a.technique, count(*) AS applications, count(DISTINCT s.id) AS visits,
				    percentile_disc(0.5) WITHIN GROUP (ORDER BY a.hold_seconds) AS hold_median,
				    min(a.hold_seconds) AS hold_min, max(a.hold_seconds) AS hold_max,
				    min(a.pressure) AS pressure_min, max(a.pressure) AS pressure_max, sum(a.cycles) AS cycles
				FROM treatment_application a JOIN treatment_session s ON s.id = a.session_id
				WHERE s.client_id = ? AND s.finished_at IS NOT NULL AND (?::date IS NULL OR s.visit_date >= ?)
				GROUP BY a.muscle_id, a.side, a.technique
				ORDER BY count(*) DESC, a.muscle_id, a.side, a.technique
				""")
			.params(client.id(), from, from)
			.query((rs, n) -> new TreatmentSummary.Dose(rs.getString("muscle_id"), rs.getString("side"),
					Technique.valueOf(rs.getString("technique")), rs.getInt("applications"), rs.getInt("visits"),
					rs.getObject("hold_median", Integer.class), rs.getObject("hold_min", Integer.class),
					rs.getObject("hold_max", Integer.class), rs.getObject("pressure_min", Integer.class),
					rs.getObject("pressure_max", Integer.class),
					rs.getObject("cycles") == null ? null : ((Number) rs.getObject("cycles")).intValue()))
			.list();
		audit.record(AuditEntry.success("session.summary", "client", client));
		return new TreatmentSummary(visits, doses);
	}

}
