package org.tonus.identity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends a user's sessions on every node, by deleting them from the shared session table: when the
 * user asks to sign out everywhere, and when their access changes (deactivated, roles changed,
 * password reset), so no open browser keeps rights it no longer has.
 */
@Component
public class SessionTermination {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	SessionTermination(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	public int signOutEverywhere(UserId user) {
		int ended = endSessions(user);
		audit.record(new AuditEntry("sign-out.everywhere", "user", user.toString(), AuditOutcome.SUCCESS,
				ended + " sessions ended"));
		return ended;
	}

	@TransactionalEventListener
	void on(UserAccessChanged changed) {
		endSessions(changed.userId());
	}

	private int endSessions(UserId user) {
		return jdbc.sql("DELETE FROM identity_http_session WHERE principal_name = ?").param(user.toString()).update();
	}

}
