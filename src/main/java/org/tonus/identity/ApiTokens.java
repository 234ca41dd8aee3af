package org.tonus.identity;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: created and revoked by their owner, shown once, stored only as a SHA-256
 * hash. A token acts with its user's current roles and stops working when the user is deactivated.
 */
@Component
public class ApiTokens {

	static final String PREFIX = "tonus_";

	public static final int NAME_MAX = 80;

	private final JdbcClient jdbc;

	private final UserRepository users;

	private final AuditLog audit;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ApiTokens(JdbcClient jdbc, UserRepository users, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	public record ApiToken(UUID id, String name, String hint, Instant createdAt, Instant lastUsedAt) {
	}

	/** The new token's secret value, to show once. */
	public record IssuedToken(ApiToken token, String secret) {
	}

	@Transactional
	public IssuedToken issue(UserId user, String name) {
		if (name == null || name.isBlank() || name.strip().length() > NAME_MAX) {
			throw new IllegalArgumentException("A token name has 1 to " + NAME_MAX + " characters");
		}
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		ApiToken token = new ApiToken(UUID.randomUUID(), name.strip(), secret.substring(0, PREFIX.length() + 4) + "…",
				clock.instant(), null);
		jdbc.sql("""
				INSERT INTO identity_api_token (id, user_id, name, token_hash, hint, created_at)
				VALUES (:id, :user, :name, :hash, :hint, :now)
				""")
			.param("id", token.id())
			.param("user", user.id())
			.param("name", token.name())
			.param("hash", Sha256.digest(secret))
			.param("hint", token.hint())
			.param("now", Timestamp.from(token.createdAt()))
			.update();
		audit.record(AuditEntry.success("api-token.create", "api-token", token.id()));
		return new IssuedToken(token, secret);
	}

	public List<ApiToken> activeTokens(UserId user) {
		return jdbc.sql("""
				SELECT id, name, hint, created_at, last_used_at FROM identity_api_token
				WHERE user_id = ? AND revoked_at IS NULL ORDER BY created_at DESC
				""")
			.param(user.id())
			.query((rs, n) -> new ApiToken(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("hint"),
					rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("last_used_at") == null ? null : rs.getTimestamp("last_used_at").toInstant()))
			.list();
	}

	@Transactional
	public boolean revoke(UserId user, UUID tokenId) {
		int revoked = jdbc.sql("""
				UPDATE identity_api_token SET revoked_at = :now
				WHERE id = :id AND user_id = :user AND revoked_at IS NULL
				""")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", tokenId)
			.param("user", user.id())
			.update();
		if (revoked > 0) {
			audit.record(AuditEntry.success("api-token.revoke", "api-token", tokenId));
		}
		return revoked > 0;
	}

	/** The active user a presented token belongs to. */
	@Transactional
	Optional<UserAccount> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
			return Optional.empty();
		}
		Optional<UUID> userId = jdbc.sql("""
				UPDATE identity_api_token SET last_used_at = :now
				WHERE token_hash = :hash AND revoked_at IS NULL
				RETURNING user_id
				""")
			.param("now", Timestamp.from(clock.instant()))
			.param("hash", Sha256.digest(secret))
			.query(UUID.class)
			.optional();
		return userId.flatMap(id -> users.find(new UserId(id))).filter(UserAccount::active);
	}

}
