package org.tonus.intake;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tonus.client.ClientId;
import org.tonus.client.ClientTimeline;
import org.tonus.identity.AuditActor;
import org.tonus.identity.AuditEntry;
import org.tonus.identity.AuditLog;
import org.tonus.identity.AuditOutcome;
import org.tonus.identity.CurrentUser;

/**
 * Single-use links that let a client fill the questionnaire without an account: 256 random bits,
 * only their hash stored, valid for {@value #VALID_DAYS} days, usable once, for one client, showing
 * nothing but the questionnaire and the client's first name.
 */
@Component
public class IntakeLinks {

	static final int VALID_DAYS = 7;

	public enum State {

		VALID, EXPIRED, USED, UNKNOWN

	}

	public record Opened(State state, UUID linkId, ClientId client) {
	}

	public record Issued(UUID id, String token, Instant expiresAt) {
	}

	public record Sent(Instant createdAt, Instant expiresAt, Instant usedAt, String sentTo) {
	}

	private final JdbcClient jdbc;

	private final ClientTimeline timeline;

	private final AuditLog audit;

	private final Clock clock;

	IntakeLinks(JdbcClient jdbc, ClientTimeline timeline, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.timeline = timeline;
		this.audit = audit;
		this.clock = clock;
	}

	/** A new link, not yet sent anywhere; {@link #mailedTo} records the address once the mail is accepted. */
	@Transactional
	public Issued issue(ClientId client) {
		String token = org.tonus.system.SecretTokens.generate();
		Instant now = clock.instant();
		Issued issued = new Issued(UUID.randomUUID(), token, now.plus(Duration.ofDays(VALID_DAYS)));
		jdbc.sql("""
				INSERT INTO intake_link (id, client_id, token_hash, created_at, created_by, expires_at)
				VALUES (?, ?, ?, ?, ?, ?)
				""")
			.params(issued.id(), client.id(), org.tonus.system.SecretTokens.hash(token), Timestamp.from(now),
					CurrentUser.get().map(user -> user.id().id()).orElse(null), Timestamp.from(issued.expiresAt()))
			.update();
		audit.record(AuditEntry.success("intake-link.create", "client", client));
		timeline.add(client, "intake.link", false, "Intake link created", null);
		return issued;
	}

	/** Records that the link was e-mailed: call it only after the mail server accepted the message. */
	@Transactional
	public void mailedTo(ClientId client, Issued issued, String address) {
		jdbc.sql("UPDATE intake_link SET sent_to = ? WHERE id = ? AND client_id = ?").params(address, issued.id(), client.id())
			.update();
		timeline.add(client, "intake.link", false, "Intake link sent by e-mail", null);
	}

	public Opened open(String token) {
		if (token == null || token.length() > 100) {
			return new Opened(State.UNKNOWN, null, null);
		}
		return jdbc.sql("SELECT id, client_id, expires_at, used_at, revoked_at FROM intake_link WHERE token_hash = ?")
			.param(org.tonus.system.SecretTokens.hash(token))
			.query((rs, n) -> {
				State state = rs.getTimestamp("used_at") != null ? State.USED
						: rs.getTimestamp("revoked_at") != null
								|| !rs.getTimestamp("expires_at").toInstant().isAfter(clock.instant()) ? State.EXPIRED
										: State.VALID;
				return new Opened(state, rs.getObject("id", UUID.class), new ClientId(rs.getObject("client_id", UUID.class)));
			})
			.optional()
			.orElse(new Opened(State.UNKNOWN, null, null));
	}

	/** Uses the link up; false when it was used (or expired) meanwhile, so the second submission stores nothing. */
	@Transactional
	public boolean useUp(Opened opened) {
		boolean used = jdbc.sql("""
				UPDATE intake_link SET used_at = :now
				WHERE id = :id AND used_at IS NULL AND revoked_at IS NULL AND expires_at > :now
				""").param("now", Timestamp.from(clock.instant())).param("id", opened.linkId()).update() == 1;
		audit.record(new AuditActor(null, "client via intake link"), new AuditEntry("intake-link.use", "client",
				opened.client().toString(), used ? AuditOutcome.SUCCESS : AuditOutcome.DENIED, used ? null : "already used"));
		return used;
	}

	public List<Sent> sent(ClientId client) {
		return jdbc.sql("""
				SELECT created_at, expires_at, used_at, sent_to FROM intake_link WHERE client_id = ?
				ORDER BY created_at DESC LIMIT 3
				""")
			.param(client.id())
			.query((rs, n) -> new Sent(rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
					rs.getTimestamp("used_at") == null ? null : rs.getTimestamp("used_at").toInstant(), rs.getString("sent_to")))
			.list();
	}

}
