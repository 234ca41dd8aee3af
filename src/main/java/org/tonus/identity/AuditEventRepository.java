package org.tonus.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AuditEventRepository {

	// Serialises appends across transactions and application nodes; the value is arbitrary but fixed.
	private static final long CHAIN_LOCK = 0x746f6e7573L;

	static final String GENESIS = "0".repeat(64);

	private final JdbcClient jdbc;

	AuditEventRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Must run inside a transaction: the lock is released at its end. */
	void append(List<AuditLog.PendingAuditEvent> pending) {
		if (pending.isEmpty()) {
			return;
		}
		jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleRow();
		Head head = jdbc.sql("SELECT seq, hash FROM identity_audit_head WHERE id = 1")
			.query((rs, n) -> new Head(rs.getLong("seq"), rs.getString("hash")))
			.optional()
			.orElse(new Head(0, GENESIS));
		for (AuditLog.PendingAuditEvent event : pending) {
			AuditRecord unsealed = new AuditRecord(head.seq() + 1, event.occurredAt(), event.actor(),
					event.entry().action(), event.entry().targetType(), event.entry().targetId(),
					event.entry().outcome(), event.remoteAddress(), event.entry().detail(), head.hash(), null);
			String hash = unsealed.computeHash();
			insert(unsealed, hash);
			head = new Head(unsealed.seq(), hash);
		}
		jdbc.sql("""
				INSERT INTO identity_audit_head (id, seq, hash) VALUES (1, :seq, :hash)
				ON CONFLICT (id) DO UPDATE SET seq = :seq, hash = :hash
				""").param("seq", head.seq()).param("hash", head.hash()).update();
	}

	private void insert(AuditRecord record, String hash) {
		jdbc.sql("""
				INSERT INTO identity_audit_event (seq, occurred_at, actor_id, actor_label, action, target_type,
				    target_id, outcome, remote_address, detail, previous_hash, hash)
				VALUES (:seq, :at, :actorId, :actorLabel, :action, :targetType, :targetId, :outcome, :remote,
				    :detail, :previous, :hash)
				""")
			.param("seq", record.seq())
			.param("at", Timestamp.from(record.occurredAt()))
			.param("actorId", record.actor().userId() == null ? null : record.actor().userId().id())
			.param("actorLabel", record.actor().label())
			.param("action", record.action())
			.param("targetType", record.targetType())
			.param("targetId", record.targetId())
			.param("outcome", record.outcome().name())
			.param("remote", record.remoteAddress())
			.param("detail", record.detail())
			.param("previous", record.previousHash())
			.param("hash", hash)
			.update();
	}

	static AuditRecord map(ResultSet rs, int row) throws SQLException {
		UUID actorId = rs.getObject("actor_id", UUID.class);
		return new AuditRecord(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(),
				new AuditActor(actorId == null ? null : new UserId(actorId), rs.getString("actor_label")),
				rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"),
				AuditOutcome.valueOf(rs.getString("outcome")), rs.getString("remote_address"), rs.getString("detail"),
				rs.getString("previous_hash"), rs.getString("hash"));
	}

	record Head(long seq, String hash) {
	}

}
