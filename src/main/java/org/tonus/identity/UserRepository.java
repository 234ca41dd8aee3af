package org.tonus.identity;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tonus.system.Role;

@Repository
class UserRepository {

	private static final String COLUMNS = """
			id, email, display_name, roles, active, totp_enabled_at IS NOT NULL AS two_factor, created_at,
			deactivation_reason, version""";

	private final JdbcClient jdbc;

	UserRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Credentials(UserAccount account, String passwordHash, String totpSecret) {
	}

	boolean anyExists() {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM identity_user)").query(Boolean.class).single();
	}

	long countActiveOwners() {
		return jdbc.sql("SELECT count(*) FROM identity_user WHERE active AND 'OWNER' = ANY(roles)")
			.query(Long.class)
			.single();
	}

	Optional<UserAccount> find(UserId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM identity_user WHERE id = ?")
			.param(id.id())
			.query(UserRepository::map)
			.optional();
	}

	Optional<Credentials> credentialsByEmail(String email) {
		return jdbc.sql("SELECT " + COLUMNS + ", password_hash, totp_secret FROM identity_user WHERE lower(email) = lower(?)")
			.param(email)
			.query((rs, n) -> new Credentials(map(rs, n), rs.getString("password_hash"),
					rs.getBoolean("two_factor") ? rs.getString("totp_secret") : null))
			.optional();
	}

	Optional<Credentials> credentials(UserId id) {
		return jdbc.sql("SELECT " + COLUMNS + ", password_hash, totp_secret FROM identity_user WHERE id = ?")
			.param(id.id())
			.query((rs, n) -> new Credentials(map(rs, n), rs.getString("password_hash"),
					rs.getBoolean("two_factor") ? rs.getString("totp_secret") : null))
			.optional();
	}

	List<UserAccount> all() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM identity_user ORDER BY active DESC, lower(display_name)")
			.query(UserRepository::map)
			.list();
	}

	void insert(UserAccount account, String passwordHash, UserId by, Instant now) {
		try {
			jdbc.sql("""
					INSERT INTO identity_user (id, email, display_name, password_hash, roles, password_changed_at,
					    created_at, created_by, updated_at, updated_by)
					VALUES (:id, :email, :name, :hash, :roles::text[], :now, :now, :by, :now, :by)
					""")
				.param("id", account.id().id())
				.param("email", account.email())
				.param("name", account.name())
				.param("hash", passwordHash)
				.param("roles", rolesLiteral(account.roles()))
				.param("now", Timestamp.from(now))
				.param("by", by == null ? null : by.id())
				.update();
		}
		catch (DuplicateKeyException e) {
			throw new DuplicateEmail();
		}
	}

	void updateName(UserId id, String name, UserId by, Instant now) {
		update(id, "display_name = :name", java.util.Map.of("name", name), by, now);
	}

	void updateRoles(UserId id, Set<Role> roles, UserId by, Instant now) {
		update(id, "roles = :roles::text[]", java.util.Map.of("roles", rolesLiteral(roles)), by, now);
	}

	void updatePassword(UserId id, String hash, UserId by, Instant now) {
		update(id, "password_hash = :hash, password_changed_at = :now", java.util.Map.of("hash", hash), by, now);
	}

	void deactivate(UserId id, String reason, UserId by, Instant now) {
		update(id, "active = false, deactivated_at = :now, deactivation_reason = :reason",
				java.util.Map.of("reason", reason), by, now);
	}

	void reactivate(UserId id, UserId by, Instant now) {
		update(id, "active = true, deactivated_at = NULL, deactivation_reason = NULL", java.util.Map.of(), by, now);
	}

	void enableTwoFactor(UserId id, String secret, UserId by, Instant now) {
		update(id, "totp_secret = :secret, totp_enabled_at = :now", java.util.Map.of("secret", secret), by, now);
	}

	void disableTwoFactor(UserId id, UserId by, Instant now) {
		update(id, "totp_secret = NULL, totp_enabled_at = NULL", java.util.Map.of(), by, now);
	}

	// setClause is always one of the constants above, never user input.
	private void update(UserId id, String setClause, java.util.Map<String, ?> values, UserId by, Instant now) {
		int rows = jdbc.sql("UPDATE identity_user SET " + setClause
				+ ", updated_at = :now, updated_by = :by, version = version + 1 WHERE id = :id")
			.params(values)
			.param("id", id.id())
			.param("now", Timestamp.from(now))
			.param("by", by == null ? null : by.id())
			.update();
		if (rows == 0) {
			throw new UserNotFound();
		}
	}

	static String rolesLiteral(Set<Role> roles) {
		return "{" + String.join(",", roles.stream().sorted().map(Role::name).toList()) + "}";
	}

	private static UserAccount map(ResultSet rs, int row) throws SQLException {
		Array roles = rs.getArray("roles");
		EnumSet<Role> parsed = EnumSet.noneOf(Role.class);
		Arrays.stream((String[]) roles.getArray()).map(Role::valueOf).forEach(parsed::add);
		return new UserAccount(new UserId(rs.getObject("id", UUID.class)), rs.getString("email"),
				rs.getString("display_name"), parsed, rs.getBoolean("active"), rs.getBoolean("two_factor"),
				rs.getTimestamp("created_at").toInstant(), rs.getString("deactivation_reason"), rs.getInt("version"));
	}

}
