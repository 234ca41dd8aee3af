package org.tonus.treatment;

import java.time.LocalDate;
import java.util.List;
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

	/** A client and a span of days: after {@code after}, up to and including {@code upTo}. */
	public record Span(ClientId client, LocalDate after, LocalDate upTo) {
	}

	/**
	 * How many finished visits each client had within each span, in the order given (one query), for
	 * aggregate outcomes such as visits to improvement. Not audited per client: the caller reports
	 * aggregates only.
	 */
	@Transactional(readOnly = true)
	public int[] finishedVisits(List<Span> spans) {
		int[] counts = new int[spans.size()];
		if (spans.isEmpty()) {
			return counts;
		}
		jdbc.sql("""
				SELECT s.i, count(t.id) AS visits
				FROM unnest(?::uuid[], ?::date[], ?::date[]) WITH ORDINALITY AS s (client_id, after, up_to, i)
				LEFT JOIN treatment_session t ON t.client_id = s.client_id AND t.finished_at IS NOT NULL
				    AND t.visit_date > s.after AND t.visit_date <= s.up_to
				GROUP BY s.i
				""")
			.params(spans.stream().map(span -> span.client().id()).toArray(UUID[]::new),
					spans.stream().map(span -> java.sql.Date.valueOf(span.after())).toArray(java.sql.Date[]::new),
					spans.stream().map(span -> java.sql.Date.valueOf(span.upTo())).toArray(java.sql.Date[]::new))
			.query(rs -> {
				counts[(int) rs.getLong("i") - 1] = rs.getInt("visits");
			});
		return counts;
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
