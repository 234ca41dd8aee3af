package org.tonus.charting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tonus.client.ClientId;

@Repository
class NoteRepository {

	private final JdbcClient jdbc;

	NoteRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<SoapNote> find(NoteId id) {
		return jdbc.sql("SELECT * FROM charting_note WHERE id = ?").param(id.id()).query(NoteRepository::map).optional();
	}

	List<SoapNote> of(ClientId client) {
		return jdbc.sql("SELECT * FROM charting_note WHERE client_id = ? ORDER BY visit_date DESC, created_at DESC LIMIT 50")
			.param(client.id())
			.query(NoteRepository::map)
			.list();
	}

	void insert(NoteId id, ClientId client, LocalDate visitDate, SoapText text, UUID author, Instant now, NoteId amends,
			String reason) {
		jdbc.sql("""
				INSERT INTO charting_note (id, client_id, visit_date, status, subjective, objective, assessment, plan,
				    author_id, created_at, updated_at, amends_note_id, amendment_reason)
				VALUES (:id, :client, :visit, 'DRAFT', :s, :o, :a, :p, :author, :now, :now, :amends, :reason)
				""")
			.param("id", id.id())
			.param("client", client.id())
			.param("visit", visitDate)
			.param("s", text.subjective())
			.param("o", text.objective())
			.param("a", text.assessment())
			.param("p", text.plan())
			.param("author", author)
			.param("now", Timestamp.from(now))
			.param("amends", amends == null ? null : amends.id())
			.param("reason", reason)
			.update();
	}

	/** @return false when the draft is no longer at {@code baseVersion} (or no longer a draft) */
	boolean saveDraft(NoteId id, int baseVersion, SoapText text, Instant now) {
		return jdbc.sql("""
				UPDATE charting_note SET subjective = :s, objective = :o, assessment = :a, plan = :p,
				    draft_version = draft_version + 1, updated_at = :now
				WHERE id = :id AND status = 'DRAFT' AND draft_version = :base
				""")
			.param("s", text.subjective())
			.param("o", text.objective())
			.param("a", text.assessment())
			.param("p", text.plan())
			.param("now", Timestamp.from(now))
			.param("id", id.id())
			.param("base", baseVersion)
			.update() == 1;
	}

	boolean sign(NoteId id, int baseVersion, UUID by, String byName, String hash, Instant now) {
		return jdbc.sql("""
				UPDATE charting_note SET status = 'SIGNED', signed_at = :now, signed_by = :by, signed_by_name = :name,
				    content_hash = :hash, updated_at = :now
				WHERE id = :id AND status = 'DRAFT' AND draft_version = :base
				""")
			.param("now", Timestamp.from(now))
			.param("by", by)
			.param("name", byName)
			.param("hash", hash)
			.param("id", id.id())
			.param("base", baseVersion)
			.update() == 1;
	}

	void supersede(NoteId original, NoteId amendment) {
		jdbc.sql("UPDATE charting_note SET superseded_by = ? WHERE id = ? AND superseded_by IS NULL")
			.params(amendment.id(), original.id())
			.update();
	}

	boolean hasOpenAmendment(NoteId id) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM charting_note WHERE amends_note_id = ? AND status = 'DRAFT')")
			.param(id.id())
			.query(Boolean.class)
			.single();
	}

	private static SoapNote map(ResultSet rs, int row) throws SQLException {
		UUID amends = rs.getObject("amends_note_id", UUID.class);
		UUID superseded = rs.getObject("superseded_by", UUID.class);
		return new SoapNote(new NoteId(rs.getObject("id", UUID.class)), new ClientId(rs.getObject("client_id", UUID.class)),
				rs.getObject("visit_date", LocalDate.class), SoapNote.Status.valueOf(rs.getString("status")),
				new SoapText(rs.getString("subjective"), rs.getString("objective"), rs.getString("assessment"),
						rs.getString("plan")),
				rs.getInt("draft_version"), rs.getObject("author_id", UUID.class), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(),
				rs.getTimestamp("signed_at") == null ? null : rs.getTimestamp("signed_at").toInstant(),
				rs.getString("signed_by_name"), rs.getString("content_hash"), amends == null ? null : new NoteId(amends),
				rs.getString("amendment_reason"), superseded == null ? null : new NoteId(superseded));
	}

}
