package org.tonus.identity;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Walks the audit chain from the first event and reports the first break, if any. */
@Component
public class AuditVerification {

	private final JdbcClient jdbc;

	AuditVerification(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Result(long eventsChecked, Optional<String> problem) {

		public boolean intact() {
			return problem.isEmpty();
		}

	}

	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Result verify() {
		var previous = new AtomicReference<>(new AuditEventRepository.Head(0, AuditEventRepository.GENESIS));
		var problem = new AtomicReference<String>();
		long[] checked = { 0 };
		jdbc.sql("SELECT * FROM identity_audit_event ORDER BY seq").query(rs -> {
			if (problem.get() != null) {
				return;
			}
			AuditRecord record = AuditEventRepository.map(rs, 0);
			problem.set(check(record, previous.get()));
			previous.set(new AuditEventRepository.Head(record.seq(), record.hash()));
			checked[0]++;
		});
		if (problem.get() == null) {
			problem.set(checkHead(previous.get()));
		}
		return new Result(checked[0], Optional.ofNullable(problem.get()));
	}

	private static String check(AuditRecord record, AuditEventRepository.Head previous) {
		if (record.seq() != previous.seq() + 1) {
			return "event " + (previous.seq() + 1) + (record.seq() > previous.seq() + 1 && record.seq() - previous.seq() > 2
					? " to " + (record.seq() - 1) : "") + " is missing (deleted)";
		}
		if (!record.previousHash().equals(previous.hash())) {
			return "event " + record.seq() + " does not follow event " + previous.seq() + " (a preceding event was changed or removed)";
		}
		if (!record.computeHash().equals(record.hash())) {
			return "event " + record.seq() + " was changed after it was written";
		}
		return null;
	}

	private String checkHead(AuditEventRepository.Head last) {
		Optional<AuditEventRepository.Head> head = jdbc.sql("SELECT seq, hash FROM identity_audit_head WHERE id = 1")
			.query((rs, n) -> new AuditEventRepository.Head(rs.getLong("seq"), rs.getString("hash")))
			.optional();
		if (head.isEmpty()) {
			return last.seq() == 0 ? null : "the chain head is missing";
		}
		if (head.get().seq() != last.seq()) {
			return "events after " + last.seq() + " up to " + head.get().seq() + " are missing (deleted)";
		}
		return head.get().hash().equals(last.hash()) ? null : "event " + last.seq() + " was changed after it was written";
	}

}
