package org.tonus.system.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/** Stored responses to requests with an {@code Idempotency-Key}, kept for a day. */
@Repository
class IdempotentRequests {

	static final Duration RETENTION = Duration.ofHours(24);

	private final JdbcClient jdbc;

	private final Clock clock;

	IdempotentRequests(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Serialises requests with the same key until the current transaction ends. */
	void lock(String principal, String key) {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:p || chr(31) || :k, 0))")
			.param("p", principal)
			.param("k", key)
			.query()
			.singleRow();
	}

	Optional<StoredResponse> find(String principal, String key) {
		return jdbc.sql("""
				SELECT status, content_type, location, body, request_hash FROM system_idempotent_request
				WHERE principal = :p AND key = :k AND created_at > :since
				""")
			.param("p", principal)
			.param("k", key)
			.param("since", Timestamp.from(clock.instant().minus(RETENTION)))
			.query((rs, n) -> new StoredResponse(rs.getInt("status"), rs.getString("content_type"),
					rs.getString("location"), rs.getBytes("body"), rs.getString("request_hash")))
			.optional();
	}

	void store(String principal, String key, String method, String path, String fingerprint, StoredResponse response) {
		jdbc.sql("""
				INSERT INTO system_idempotent_request (principal, key, method, path, request_hash, status,
				    content_type, location, body, created_at)
				VALUES (:p, :k, :method, :path, :hash, :status, :type, :location, :body, :now)
				ON CONFLICT (principal, key) DO UPDATE SET method = :method, path = :path, request_hash = :hash,
				    status = :status, content_type = :type, location = :location, body = :body, created_at = :now
				""")
			.param("p", principal)
			.param("k", key)
			.param("method", method)
			.param("path", path)
			.param("hash", fingerprint)
			.param("status", response.status())
			.param("type", response.contentType())
			.param("location", response.location())
			.param("body", response.body())
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	@Scheduled(fixedDelay = 1, timeUnit = java.util.concurrent.TimeUnit.HOURS, initialDelay = 5)
	void forgetOld() {
		jdbc.sql("DELETE FROM system_idempotent_request WHERE created_at < ?")
			.param(Timestamp.from(clock.instant().minus(RETENTION)))
			.update();
	}

	static String fingerprint(String method, String path, String query, byte[] body) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update((method + " " + path + "?" + (query == null ? "" : query) + "\n").getBytes(StandardCharsets.UTF_8));
			digest.update(body);
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
