package org.tonus.homecare;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tonus.client.ClientId;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class ProgramRepository {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ProgramRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(ProgramId id, ClientId client, UUID session, List<ProgramItem> items, String frequency, Instant now,
			UUID by, String byName) {
		jdbc.sql("""
				INSERT INTO homecare_program (id, client_id, session_id, items, frequency, status, created_at, created_by,
				    created_by_name)
				VALUES (?, ?, ?, ?::jsonb, ?, 'DRAFT', ?, ?, ?)
				""")
			.params(id.id(), client.id(), session, json.writeValueAsString(items), frequency, Timestamp.from(now), by, byName)
			.update();
	}

	/** @return false when the program is no longer a draft at {@code version} */
	boolean save(ProgramId id, int version, List<ProgramItem> items, String frequency, String note) {
		return jdbc.sql("""
				UPDATE homecare_program SET items = ?::jsonb, frequency = ?, note = ?, version = version + 1
				WHERE id = ? AND status = 'DRAFT' AND version = ?
				""")
			.params(json.writeValueAsString(items), frequency, note, id.id(), version)
			.update() == 1;
	}

	boolean markSent(ProgramId id, byte[] tokenHash, Instant now, Instant expires) {
		return jdbc.sql("""
				UPDATE homecare_program SET status = 'SENT', sent_at = coalesce(sent_at, ?), token_hash = ?, token_expires_at = ?
				WHERE id = ?
				""")
			.params(Timestamp.from(now), tokenHash, Timestamp.from(expires), id.id())
			.update() == 1;
	}

	void mailedTo(ProgramId id, String address) {
		jdbc.sql("UPDATE homecare_program SET sent_to = ? WHERE id = ?").params(address, id.id()).update();
	}

	void viewed(ProgramId id, Instant now) {
		jdbc.sql("UPDATE homecare_program SET last_viewed_at = ? WHERE id = ?").params(Timestamp.from(now), id.id()).update();
	}

	Optional<HomeCareProgram> find(ProgramId id) {
		return jdbc.sql("SELECT * FROM homecare_program WHERE id = ?").param(id.id()).query((rs, row) -> map(rs)).optional();
	}

	Optional<HomeCareProgram> byToken(byte[] hash) {
		return jdbc.sql("SELECT * FROM homecare_program WHERE token_hash = ?").param(hash).query((rs, row) -> map(rs)).optional();
	}

	List<ProgramSummary> summaries(ClientId client) {
		return jdbc.sql("""
				SELECT id, created_at, jsonb_array_length(items) AS items, status FROM homecare_program
				WHERE client_id = ? ORDER BY created_at DESC LIMIT 20
				""")
			.param(client.id())
			.query((rs, row) -> new ProgramSummary(new ProgramId(rs.getObject("id", UUID.class)),
					rs.getTimestamp("created_at").toInstant(), rs.getInt("items"), "SENT".equals(rs.getString("status"))))
			.list();
	}

	void insertAdherence(ProgramId id, HomeCareProgram.Adherence adherence, UUID by) {
		jdbc.sql("INSERT INTO homecare_adherence (id, program_id, level, note, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), id.id(), adherence.level().name(), adherence.note(),
					Timestamp.from(adherence.recordedAt()), by)
			.update();
	}

	private HomeCareProgram map(ResultSet rs) throws SQLException {
		ProgramId id = new ProgramId(rs.getObject("id", UUID.class));
		return new HomeCareProgram(id, new ClientId(rs.getObject("client_id", UUID.class)),
				rs.getObject("session_id", UUID.class),
				json.readValue(rs.getString("items"), new TypeReference<List<ProgramItem>>() {
				}), rs.getString("frequency"), rs.getString("note"), "SENT".equals(rs.getString("status")),
				rs.getInt("version"), instant(rs, "created_at"), rs.getString("created_by_name"), instant(rs, "sent_at"),
				rs.getString("sent_to"), instant(rs, "token_expires_at"), instant(rs, "last_viewed_at"), adherence(id));
	}

	private List<HomeCareProgram.Adherence> adherence(ProgramId id) {
		return jdbc.sql("SELECT level, note, recorded_at FROM homecare_adherence WHERE program_id = ? ORDER BY recorded_at")
			.param(id.id())
			.query((rs, row) -> new HomeCareProgram.Adherence(HomeCareProgram.Adherence.Level.valueOf(rs.getString("level")),
					rs.getString("note"), rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

}
