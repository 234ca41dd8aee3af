package org.tonus.treatment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tonus.client.ClientId;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class PlanRepository {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	PlanRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(TreatmentPlan plan, UUID by) {
		jdbc.sql("""
				INSERT INTO treatment_plan (id, client_id, assessment_id, problems, goals, targets, phases, current_phase,
				    re_evaluation_on, created_at, created_by, created_by_name)
				VALUES (?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?)
				""")
			.params(plan.id().id(), plan.client().id(), plan.assessment(), json.writeValueAsString(plan.problems()),
					json.writeValueAsString(plan.goals()), json.writeValueAsString(plan.targets()),
					json.writeValueAsString(plan.phases()), plan.currentPhase(), plan.reEvaluationOn(),
					Timestamp.from(plan.createdAt()), by, plan.createdByName())
			.update();
	}

	Optional<TreatmentPlan> find(PlanId id) {
		return jdbc.sql("SELECT * FROM treatment_plan WHERE id = ?").param(id.id()).query(this::map).optional();
	}

	Optional<TreatmentPlan> current(ClientId client) {
		return jdbc.sql("SELECT * FROM treatment_plan WHERE client_id = ? ORDER BY created_at DESC, id LIMIT 1")
			.param(client.id())
			.query(this::map)
			.optional();
	}


	/** Every client's newest plan with the date of their latest session (null if none yet). */
	List<java.util.Map.Entry<TreatmentPlan, java.time.LocalDate>> currentWithLastVisit() {
		return jdbc.sql("""
				SELECT p.*, (SELECT max(s.visit_date) FROM treatment_session s WHERE s.client_id = p.client_id) AS last_visit
				FROM (SELECT DISTINCT ON (client_id) * FROM treatment_plan ORDER BY client_id, created_at DESC, id) p
				""")
			.query((rs, n) -> java.util.Map.entry(map(rs, n), java.util.Optional.ofNullable(rs.getObject("last_visit", java.time.LocalDate.class))
				.orElse(java.time.LocalDate.MIN)))
			.list();
	}

	private TreatmentPlan map(ResultSet rs, int row) throws SQLException {
		return new TreatmentPlan(new PlanId(rs.getObject("id", UUID.class)), new ClientId(rs.getObject("client_id", UUID.class)),
				rs.getObject("assessment_id", UUID.class),
				json.readValue(rs.getString("problems"), new TypeReference<List<String>>() {
				}), json.readValue(rs.getString("goals"), new TypeReference<List<TreatmentPlan.Goal>>() {
				}), json.readValue(rs.getString("targets"), new TypeReference<List<TreatmentPlan.Target>>() {
				}), json.readValue(rs.getString("phases"), new TypeReference<List<TreatmentPlan.Phase>>() {
				}), rs.getInt("current_phase"), rs.getObject("re_evaluation_on", LocalDate.class),
				rs.getTimestamp("created_at").toInstant(), rs.getString("created_by_name"));
	}

}
