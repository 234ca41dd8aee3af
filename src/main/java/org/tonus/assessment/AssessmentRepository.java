package org.tonus.assessment;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tonus.client.ClientId;
import org.tonus.knowledge.Side;
import org.tonus.referral.DrawingJson;
import org.tonus.referral.PainMark;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@Repository
class AssessmentRepository {

	private final JdbcClient jdbc;

	private final DrawingJson drawings;

	AssessmentRepository(JdbcClient jdbc, DrawingJson drawings) {
		this.jdbc = jdbc;
		this.drawings = drawings;
	}

	record Header(AssessmentId id, ClientId client, LocalDate visitDate, List<PainMark> marks, Set<String> activities,
			List<Suggestion> suggestions, String posture, int version, Instant updatedAt) {
	}

	void insert(AssessmentId id, ClientId client, LocalDate visitDate, Set<String> activities, UUID author, Instant now) {
		jdbc.sql("""
				INSERT INTO assessment_assessment (id, client_id, visit_date, activities, author_id, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id.id(), client.id(), visitDate, activities.toArray(String[]::new), author, Timestamp.from(now),
					Timestamp.from(now))
			.update();
	}

	Optional<Header> header(AssessmentId id) {
		return jdbc.sql("SELECT * FROM assessment_assessment WHERE id = ?").param(id.id()).query(this::mapHeader).optional();
	}

	Optional<AssessmentId> onDate(ClientId client, LocalDate date) {
		return jdbc.sql("SELECT id FROM assessment_assessment WHERE client_id = ? AND visit_date = ? ORDER BY created_at DESC LIMIT 1")
			.params(client.id(), date)
			.query((rs, row) -> new AssessmentId(rs.getObject(1, UUID.class)))
			.optional();
	}

	List<Header> of(ClientId client, int limit) {
		return jdbc.sql("SELECT * FROM assessment_assessment WHERE client_id = ? ORDER BY visit_date DESC, created_at DESC LIMIT ?")
			.params(client.id(), limit)
			.query(this::mapHeader)
			.list();
	}

	void saveDrawing(AssessmentId id, List<PainMark> marks, Set<String> activities, List<Suggestion> suggestions,
			Instant now) {
		jdbc.sql("""
				UPDATE assessment_assessment SET drawing = ?::jsonb, activities = ?, suggestions = ?::jsonb,
				    updated_at = ?, version = version + 1
				WHERE id = ?
				""")
			.params(marksJson(marks), activities.toArray(String[]::new), suggestionsJson(suggestions), Timestamp.from(now),
					id.id())
			.update();
	}

	void savePosture(AssessmentId id, String posture, Instant now) {
		jdbc.sql("UPDATE assessment_assessment SET posture = ?, updated_at = ?, version = version + 1 WHERE id = ?")
			.params(posture, Timestamp.from(now), id.id())
			.update();
	}

	void touch(AssessmentId id, Instant now) {
		jdbc.sql("UPDATE assessment_assessment SET updated_at = ?, version = version + 1 WHERE id = ?")
			.params(Timestamp.from(now), id.id())
			.update();
	}

	void insertFinding(AssessmentId id, PalpationFinding finding, UUID by) {
		jdbc.sql("""
				INSERT INTO assessment_finding (id, assessment_id, muscle_id, trigger_point, side, activity, taut_band,
				    twitch_response, referral_reproduced, referred_to, tenderness, pressure_threshold, note, recorded_at, recorded_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(finding.id(), id.id(), finding.muscle(), finding.triggerPoint(), finding.side(), finding.state().name(),
					finding.tautBand(), finding.twitchResponse(), finding.referralReproduced(), finding.referredTo(),
					finding.tenderness(), finding.pressureThreshold(), finding.note(), Timestamp.from(finding.recordedAt()), by)
			.update();
	}

	void insertArea(AssessmentId id, AreaFinding area, UUID by) {
		jdbc.sql("""
				INSERT INTO assessment_element (id, assessment_id, area, side, element, entrapment_by, note, recorded_at, recorded_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(area.id(), id.id(), area.area(), area.side(), area.element().name(),
					area.entrapment() == null ? null : area.entrapment().name(), area.note(),
					Timestamp.from(area.recordedAt()), by)
			.update();
	}

	void insertRange(AssessmentId id, RangeOfMotion range, UUID by) {
		jdbc.sql("""
				INSERT INTO assessment_range_of_motion (id, assessment_id, joint, movement, side, measured, painful, recorded_at, recorded_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(range.id(), id.id(), range.joint(), range.movement(), range.side(), range.measured(), range.painful(),
					Timestamp.from(range.recordedAt()), by)
			.update();
	}

	/** Marks a record of the assessment as entered in error; @return false when there is no such live record */
	boolean withdraw(AssessmentId id, Record kind, UUID recordId, UUID by, Instant now) {
		return jdbc.sql("UPDATE " + kind.table + " SET withdrawn_at = ?, withdrawn_by = ? "
				+ "WHERE id = ? AND assessment_id = ? AND withdrawn_at IS NULL")
			.params(Timestamp.from(now), by, recordId, id.id())
			.update() == 1;
	}

	enum Record {

		FINDING("assessment_finding"), AREA("assessment_element"), RANGE("assessment_range_of_motion");

		private final String table;

		Record(String table) {
			this.table = table;
		}

	}

	List<PalpationFinding> findings(AssessmentId id) {
		return jdbc.sql("SELECT * FROM assessment_finding WHERE assessment_id = ? AND withdrawn_at IS NULL ORDER BY recorded_at")
			.param(id.id())
			.query((rs, row) -> finding(rs))
			.list();
	}

	/** The findings of several assessments in one query, by assessment. */
	java.util.Map<AssessmentId, List<PalpationFinding>> findings(List<AssessmentId> ids) {
		java.util.Map<AssessmentId, List<PalpationFinding>> found = new java.util.HashMap<>();
		jdbc.sql("SELECT * FROM assessment_finding WHERE assessment_id = ANY(?) AND withdrawn_at IS NULL ORDER BY recorded_at")
			.param(ids.stream().map(AssessmentId::id).toArray(UUID[]::new))
			.query(rs -> {
				found.computeIfAbsent(new AssessmentId(rs.getObject("assessment_id", UUID.class)), key -> new java.util.ArrayList<>())
					.add(finding(rs));
			});
		return found;
	}

	private static PalpationFinding finding(ResultSet rs) throws SQLException {
		return new PalpationFinding(rs.getObject("id", UUID.class), rs.getString("muscle_id"), rs.getInt("trigger_point"),
				rs.getString("side"), TriggerPointState.valueOf(rs.getString("activity")), rs.getBoolean("taut_band"),
				rs.getBoolean("twitch_response"), rs.getBoolean("referral_reproduced"), rs.getString("referred_to"),
				rs.getObject("tenderness", Integer.class), rs.getBigDecimal("pressure_threshold"), rs.getString("note"),
				rs.getTimestamp("recorded_at").toInstant());
	}

	List<AreaFinding> areas(AssessmentId id) {
		return jdbc.sql("SELECT * FROM assessment_element WHERE assessment_id = ? AND withdrawn_at IS NULL ORDER BY recorded_at")
			.param(id.id())
			.query((rs, row) -> new AreaFinding(rs.getObject("id", UUID.class), rs.getString("area"), rs.getString("side"),
					NmtElement.valueOf(rs.getString("element")),
					rs.getString("entrapment_by") == null ? null : NmtElement.Entrapment.valueOf(rs.getString("entrapment_by")),
					rs.getString("note"), rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	List<RangeOfMotion> ranges(AssessmentId id) {
		return jdbc.sql("SELECT * FROM assessment_range_of_motion WHERE assessment_id = ? AND withdrawn_at IS NULL ORDER BY recorded_at")
			.param(id.id())
			.query((rs, row) -> range(rs))
			.list();
	}

	/** The ranges of motion of several assessments in one query, by assessment. */
	java.util.Map<AssessmentId, List<RangeOfMotion>> ranges(List<AssessmentId> ids) {
		java.util.Map<AssessmentId, List<RangeOfMotion>> found = new java.util.HashMap<>();
		jdbc.sql("SELECT * FROM assessment_range_of_motion WHERE assessment_id = ANY(?) AND withdrawn_at IS NULL ORDER BY recorded_at")
			.param(ids.stream().map(AssessmentId::id).toArray(UUID[]::new))
			.query(rs -> {
				found.computeIfAbsent(new AssessmentId(rs.getObject("assessment_id", UUID.class)), key -> new java.util.ArrayList<>())
					.add(range(rs));
			});
		return found;
	}

	private static RangeOfMotion range(ResultSet rs) throws SQLException {
		return new RangeOfMotion(rs.getObject("id", UUID.class), rs.getString("joint"), rs.getString("movement"),
				rs.getString("side"), rs.getInt("measured"), rs.getBoolean("painful"), rs.getTimestamp("recorded_at").toInstant());
	}

	private Header mapHeader(ResultSet rs, int row) throws SQLException {
		return new Header(new AssessmentId(rs.getObject("id", UUID.class)), new ClientId(rs.getObject("client_id", UUID.class)),
				rs.getObject("visit_date", LocalDate.class), drawings.parse(rs.getString("drawing")).drawingOrThrow().marks(),
				strings(rs.getArray("activities")), suggestions(rs.getString("suggestions")), rs.getString("posture"),
				rs.getInt("version"), rs.getTimestamp("updated_at").toInstant());
	}

	private static Set<String> strings(Array array) throws SQLException {
		Set<String> values = new LinkedHashSet<>();
		if (array != null) {
			for (Object value : (Object[]) array.getArray()) {
				values.add((String) value);
			}
		}
		return values;
	}

	private String marksJson(List<PainMark> marks) {
		ObjectNode root = drawings.mapper().createObjectNode();
		ArrayNode array = root.putArray("marks");
		for (PainMark mark : marks) {
			ObjectNode node = array.addObject().put("region", mark.region()).put("intensity", mark.intensity());
			if (mark.side() != null) {
				node.put("side", mark.side().id());
			}
		}
		return root.toString();
	}

	private String suggestionsJson(List<Suggestion> suggestions) {
		ArrayNode array = drawings.mapper().createArrayNode();
		for (Suggestion suggestion : suggestions) {
			array.addObject()
				.put("muscle", suggestion.muscle())
				.put("side", suggestion.side() == null ? null : suggestion.side().id())
				.put("score", suggestion.score());
		}
		return array.toString();
	}

	private List<Suggestion> suggestions(String json) {
		List<Suggestion> suggestions = new ArrayList<>();
		for (JsonNode node : drawings.mapper().readTree(json)) {
			suggestions.add(new Suggestion(node.path("muscle").asString(), Side.parse(node.path("side").asString(null)),
					node.path("score").asDouble()));
		}
		return suggestions;
	}

}
