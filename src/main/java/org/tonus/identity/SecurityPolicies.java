package org.tonus.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the {@link SecurityPolicy}. Until the owner changes it, the defaults come from
 * configuration ({@code tonus.session.idle-timeout}).
 */
@Component
public class SecurityPolicies {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final Duration defaultIdleTimeout;

	SecurityPolicies(JdbcClient jdbc, AuditLog audit, Clock clock,
			@Value("${tonus.session.idle-timeout:15m}") Duration defaultIdleTimeout) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.defaultIdleTimeout = defaultIdleTimeout;
	}

	public SecurityPolicy current() {
		return jdbc.sql("SELECT two_factor_required_for_staff, idle_timeout_minutes FROM identity_security_policy WHERE id = 1")
			.query((rs, n) -> new SecurityPolicy(rs.getBoolean(1), Duration.ofMinutes(rs.getInt(2))))
			.optional()
			.orElseGet(() -> new SecurityPolicy(false, Duration.ofMinutes(Math.max(SecurityPolicy.MIN_IDLE_MINUTES,
					Math.min(SecurityPolicy.MAX_IDLE_MINUTES, defaultIdleTimeout.toMinutes())))));
	}

	/** The idle timeout actually applied to sessions (configuration may set seconds, for tests and demos). */
	public Duration idleTimeout() {
		return jdbc.sql("SELECT idle_timeout_minutes FROM identity_security_policy WHERE id = 1")
			.query(Integer.class)
			.optional()
			.map(minutes -> Duration.ofMinutes(minutes))
			.orElse(defaultIdleTimeout);
	}

	@Transactional
	public void save(SecurityPolicy policy, UserId by) {
		jdbc.sql("""
				INSERT INTO identity_security_policy (id, two_factor_required_for_staff, idle_timeout_minutes, updated_at, updated_by)
				VALUES (1, :twoFactor, :minutes, :now, :by)
				ON CONFLICT (id) DO UPDATE SET two_factor_required_for_staff = :twoFactor,
				    idle_timeout_minutes = :minutes, updated_at = :now, updated_by = :by
				""")
			.param("twoFactor", policy.twoFactorRequiredForStaff())
			.param("minutes", (int) policy.idleTimeout().toMinutes())
			.param("now", Timestamp.from(clock.instant()))
			.param("by", by.id())
			.update();
		audit.record(new AuditEntry("security-policy.change", "clinic", null, AuditOutcome.SUCCESS,
				"two-factor required for staff: " + policy.twoFactorRequiredForStaff() + ", idle timeout: "
						+ policy.idleTimeout().toMinutes() + " min"));
	}

}
