package org.tonus.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing. Failures are counted per e-mail address and per remote address
 * (in the database, so every node sees them). After {@value #FREE_ATTEMPTS} failures for an
 * address (or {@value #FREE_ATTEMPTS_PER_REMOTE} from one remote address) each further failure
 * blocks it for a doubling time: 1, 2, 4 ... up to 15 minutes. Failures older than a day are forgotten.
 */
@Component
class SignInThrottle {

	static final int FREE_ATTEMPTS = 5;

	static final int FREE_ATTEMPTS_PER_REMOTE = 20;

	private static final Duration FIRST_BLOCK = Duration.ofMinutes(1);

	private static final Duration LONGEST_BLOCK = Duration.ofMinutes(15);

	private static final Duration MEMORY = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	SignInThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** When the attempt may be made again, if it is blocked now. */
	Optional<Instant> blockedUntil(String email, String remoteAddress) {
		Instant now = clock.instant();
		return jdbc.sql("SELECT max(blocked_until) FROM identity_sign_in_throttle WHERE throttle_key IN (:keys) AND blocked_until > :now")
			.param("keys", java.util.List.of(emailKey(email), remoteKey(remoteAddress)))
			.param("now", Timestamp.from(now))
			.query((rs, n) -> rs.getTimestamp(1))
			.optional()
			.map(Timestamp::toInstant);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(String email, String remoteAddress) {
		count(emailKey(email), FREE_ATTEMPTS);
		count(remoteKey(remoteAddress), FREE_ATTEMPTS_PER_REMOTE);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(String email) {
		jdbc.sql("DELETE FROM identity_sign_in_throttle WHERE throttle_key = ?").param(emailKey(email)).update();
	}

	private void count(String key, int freeAttempts) {
		Instant now = clock.instant();
		int failures = jdbc.sql("""
				INSERT INTO identity_sign_in_throttle (throttle_key, failures, last_failure)
				VALUES (:key, 1, :now)
				ON CONFLICT (throttle_key) DO UPDATE SET
				    failures = CASE WHEN identity_sign_in_throttle.last_failure < :forgetBefore THEN 1
				                    ELSE identity_sign_in_throttle.failures + 1 END,
				    last_failure = :now
				RETURNING failures
				""")
			.param("key", key)
			.param("now", Timestamp.from(now))
			.param("forgetBefore", Timestamp.from(now.minus(MEMORY)))
			.query(Integer.class)
			.single();
		if (failures >= freeAttempts) {
			Duration block = blockFor(failures - freeAttempts);
			jdbc.sql("UPDATE identity_sign_in_throttle SET blocked_until = :until WHERE throttle_key = :key")
				.param("until", Timestamp.from(now.plus(block)))
				.param("key", key)
				.update();
		}
	}

	static Duration blockFor(int failuresBeyondFree) {
		int doublings = Math.min(failuresBeyondFree, 4);
		Duration block = FIRST_BLOCK.multipliedBy(1L << doublings);
		return block.compareTo(LONGEST_BLOCK) > 0 ? LONGEST_BLOCK : block;
	}

	private static String emailKey(String email) {
		return "email:" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
	}

	private static String remoteKey(String remoteAddress) {
		return "remote:" + (remoteAddress == null ? "unknown" : remoteAddress);
	}

}
