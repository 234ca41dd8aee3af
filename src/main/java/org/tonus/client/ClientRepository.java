package org.tonus.client;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ClientRepository {

	private static final String SUMMARY = """
			id, given_name, family_name, preferred_name, date_of_birth, email, phone, archived_at""";

	private final JdbcClient jdbc;

	ClientRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Client> find(ClientId id) {
		return jdbc.sql("SELECT * FROM client_client WHERE id = ?").param(id.id()).query(ClientRepository::map).optional();
	}

	boolean exists(ClientId id) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM client_client WHERE id = ?)").param(id.id()).query(Boolean.class).single();
	}

	void insert(ClientId id, ClientDetails details, Instant now, UUID by) {
		jdbc.sql("""
				INSERT INTO client_client (id, given_name, family_name, preferred_name, date_of_birth, email, phone, address,
				    emergency_name, emergency_phone, emergency_relation, preferred_contact, notes,
				    created_at, created_by, updated_at, updated_by)
				VALUES (:id, :given, :family, :preferred, :birth, :email, :phone, :address, :emergencyName, :emergencyPhone,
				    :emergencyRelation, :contact, :notes, :now, :by, :now, :by)
				""").params(columns(details)).param("id", id.id()).param("now", Timestamp.from(now)).param("by", by).update();
	}

	/** @return false when the stored version is not {@code expectedVersion} (someone else saved first) */
	boolean update(ClientId id, int expectedVersion, ClientDetails details, Instant now, UUID by) {
		return jdbc.sql("""
				UPDATE client_client SET given_name = :given, family_name = :family, preferred_name = :preferred,
				    date_of_birth = :birth, email = :email, phone = :phone, address = :address,
				    emergency_name = :emergencyName, emergency_phone = :emergencyPhone,
				    emergency_relation = :emergencyRelation, preferred_contact = :contact, notes = :notes,
				    updated_at = :now, updated_by = :by, version = version + 1
				WHERE id = :id AND version = :version
				""")
			.params(columns(details))
			.param("id", id.id())
			.param("version", expectedVersion)
			.param("now", Timestamp.from(now))
			.param("by", by)
			.update() == 1;
	}

	void keepVersion(Client before, String snapshot, Instant now, UUID by) {
		jdbc.sql("""
				INSERT INTO client_client_version (client_id, version, snapshot, replaced_at, replaced_by)
				VALUES (?, ?, ?::jsonb, ?, ?)
				""").params(before.id().id(), before.version(), snapshot, Timestamp.from(now), by).update();
	}

	boolean recordConsent(ClientId id, String kind, String typedName, Instant now, UUID by) {
		String columns = kind.equals("treatment") ? "treatment_consent_by = :name, treatment_consent_at = :now"
				: "email_consent_by = :name, email_consent_at = :now";
		// columns is one of the two constants above, never user input.
		return jdbc.sql("UPDATE client_client SET " + columns
				+ ", updated_at = :now, updated_by = :by, version = version + 1 WHERE id = :id")
			.param("name", typedName)
			.param("now", Timestamp.from(now))
			.param("by", by)
			.param("id", id.id())
			.update() == 1;
	}

	boolean archive(ClientId id, String reason, Instant now, UUID by) {
		return jdbc.sql("""
				UPDATE client_client SET archived_at = :now, archive_reason = :reason, updated_at = :now, updated_by = :by,
				    version = version + 1
				WHERE id = :id AND archived_at IS NULL
				""").param("now", Timestamp.from(now)).param("reason", reason).param("by", by).param("id", id.id()).update() == 1;
	}

	List<ClientId> matching(String email, String familyName, LocalDate dateOfBirth) {
		return jdbc.sql("""
				SELECT id FROM client_client WHERE lower(email) = lower(?) AND lower(family_name) = lower(?)
				    AND date_of_birth = ? AND archived_at IS NULL LIMIT 2
				""")
			.params(email, familyName, dateOfBirth)
			.query((rs, n) -> new ClientId(rs.getObject(1, UUID.class)))
			.list();
	}

	List<ClientSummary> summaries(java.util.Collection<ClientId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + SUMMARY + " FROM client_client WHERE id = ANY(?)")
			.param(ids.stream().map(ClientId::id).distinct().toArray(UUID[]::new))
			.query(ClientRepository::summary)
			.list();
	}

	List<ClientSummary> search(ClientQuery query, int limit, int offset) {
		List<ClientSummary> rows = run(query, limit, offset);
		if (rows.isEmpty() && offset == 0 && query.fallback() != null) {
			return run(query.fallback(), limit, offset);
		}
		return rows;
	}

	// The SQL fragments come from ClientQuery's constants; what was typed travels as parameters.
	private List<ClientSummary> run(ClientQuery query, int limit, int offset) {
		String sql = query.filterFirst()
				// Filter first (through the trigram index), then sort the matches: cheaper than walking the
				// name index in order when a common name matches thousands of clients.
				? "WITH matches AS MATERIALIZED (SELECT " + SUMMARY + " FROM client_client WHERE " + query.where()
						+ ") SELECT * FROM matches ORDER BY " + query.orderBy() + " LIMIT :limit OFFSET :offset"
				: "SELECT " + SUMMARY + " FROM client_client WHERE " + query.where() + " ORDER BY " + query.orderBy()
						+ " LIMIT :limit OFFSET :offset";
		return jdbc.sql(sql).params(query.params()).param("limit", limit).param("offset", offset)
			.query(ClientRepository::summary)
			.list();
	}

	private static Map<String, Object> columns(ClientDetails d) {
		java.util.HashMap<String, Object> columns = new java.util.HashMap<>();
		columns.put("given", d.givenName());
		columns.put("family", d.familyName());
		columns.put("preferred", d.preferredName());
		columns.put("birth", d.dateOfBirth());
		columns.put("email", d.email());
		columns.put("phone", d.phone());
		columns.put("address", d.address());
		columns.put("emergencyName", d.emergencyName());
		columns.put("emergencyPhone", d.emergencyPhone());
		columns.put("emergencyRelation", d.emergencyRelation());
		columns.put("contact", d.preferredContact().name());
		columns.put("notes", d.notes());
		return columns;
	}

	private static Client map(ResultSet rs, int row) throws SQLException {
		ClientDetails details = new ClientDetails(rs.getString("given_name"), rs.getString("family_name"),
				rs.getString("preferred_name"), rs.getObject("date_of_birth", LocalDate.class), rs.getString("email"),
				rs.getString("phone"), rs.getString("address"), rs.getString("emergency_name"),
				rs.getString("emergency_phone"), rs.getString("emergency_relation"),
				PreferredContact.valueOf(rs.getString("preferred_contact")), rs.getString("notes"));
		return new Client(new ClientId(rs.getObject("id", UUID.class)), details,
				consent(rs, "treatment_consent_by", "treatment_consent_at"), consent(rs, "email_consent_by", "email_consent_at"),
				instant(rs, "archived_at"), rs.getString("archive_reason"), rs.getInt("version"), instant(rs, "created_at"));
	}

	private static Optional<Consent> consent(ResultSet rs, String name, String at) throws SQLException {
		String typed = rs.getString(name);
		return typed == null ? Optional.empty() : Optional.of(new Consent(typed, instant(rs, at)));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static ClientSummary summary(ResultSet rs, int row) throws SQLException {
		String preferred = rs.getString("preferred_name");
		String display = (preferred != null ? preferred : rs.getString("given_name")) + " " + rs.getString("family_name");
		return new ClientSummary(new ClientId(rs.getObject("id", UUID.class)), display, rs.getString("family_name"),
				rs.getObject("date_of_birth", LocalDate.class), rs.getString("email"), rs.getString("phone"),
				rs.getTimestamp("archived_at") != null);
	}

}
