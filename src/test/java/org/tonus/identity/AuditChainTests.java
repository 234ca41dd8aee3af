package org.tonus.identity;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.tonus.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit trail is append-only and hash-chained: ordinary SQL cannot change it, and the
 * verifier finds a row changed or deleted by someone who bypassed that (a superuser disabling the
 * trigger). Each test tampers with the newest events of the shared chain and restores them.
 */
class AuditChainTests extends IntegrationTest {

	@Autowired
	AuditLog audit;

	@Autowired
	AuditVerification verification;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@BeforeEach
	void chainIsIntactToStartWith() {
		audit.record(AuditActor.SYSTEM, AuditEntry.success("test.marker", "test", "start"));
		assertThat(verification.verify().intact()).isTrue();
	}

	@Test
	void refusesUpdatesAndDeletesThroughSql() {
		assertThatThrownBy(() -> jdbc.sql("UPDATE identity_audit_event SET detail = 'x'").update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM identity_audit_event").update())
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.sql("TRUNCATE identity_audit_event").update())
			.isInstanceOf(DataAccessException.class);
	}

	@Test
	void detectsAChangedEvent() {
		long seq = appendThree();
		bypassingTheTrigger("UPDATE identity_audit_event SET actor_label = 'someone else' WHERE seq = " + (seq - 1));
		try {
			assertThat(verification.verify().problem()).hasValueSatisfying(
					problem -> assertThat(problem).contains("event " + (seq - 1)).contains("changed"));
		}
		finally {
			bypassingTheTrigger("UPDATE identity_audit_event SET actor_label = 'system' WHERE seq = " + (seq - 1));
		}
		assertThat(verification.verify().intact()).isTrue();
	}

	@Test
	void detectsADeletedEventInTheMiddle() {
		long seq = appendThree();
		String copy = "CREATE TABLE test_saved_audit AS SELECT * FROM identity_audit_event WHERE seq = " + (seq - 1);
		bypassingTheTrigger(copy + "; DELETE FROM identity_audit_event WHERE seq = " + (seq - 1));
		try {
			assertThat(verification.verify().problem())
				.hasValueSatisfying(problem -> assertThat(problem).contains("event " + (seq - 1)).contains("missing"));
		}
		finally {
			bypassingTheTrigger("INSERT INTO identity_audit_event SELECT * FROM test_saved_audit; DROP TABLE test_saved_audit");
		}
		assertThat(verification.verify().intact()).isTrue();
	}

	@Test
	void detectsDeletedEventsAtTheEnd() {
		long seq = appendThree();
		bypassingTheTrigger("CREATE TABLE test_saved_tail AS SELECT * FROM identity_audit_event WHERE seq = " + seq
				+ "; DELETE FROM identity_audit_event WHERE seq = " + seq);
		try {
			assertThat(verification.verify().problem())
				.hasValueSatisfying(problem -> assertThat(problem).contains("missing"));
		}
		finally {
			bypassingTheTrigger("INSERT INTO identity_audit_event SELECT * FROM test_saved_tail; DROP TABLE test_saved_tail");
		}
		assertThat(verification.verify().intact()).isTrue();
	}

	@Test
	void storesEventsOfATransactionOnlyWhenItCommits() {
		long before = lastSeq();
		transactions.executeWithoutResult(status -> {
			audit.record(AuditActor.SYSTEM, AuditEntry.success("test.one", "test", "1"));
			audit.record(AuditActor.SYSTEM, AuditEntry.success("test.two", "test", "2"));
			assertThat(lastSeq()).as("not before commit").isEqualTo(before);
		});
		assertThat(lastSeq()).isEqualTo(before + 2);
		transactions.executeWithoutResult(status -> {
			audit.record(AuditActor.SYSTEM, AuditEntry.success("test.three", "test", "3"));
			status.setRollbackOnly();
		});
		assertThat(lastSeq()).as("rolled back with its transaction").isEqualTo(before + 2);
		assertThat(verification.verify().intact()).isTrue();
	}

	private long appendThree() {
		for (int i = 0; i < 3; i++) {
			audit.record(AuditActor.SYSTEM, AuditEntry.success("test.event", "test", Integer.toString(i)));
		}
		return lastSeq();
	}

	private long lastSeq() {
		return jdbc.sql("SELECT max(seq) FROM identity_audit_event").query(Long.class).single();
	}

	// What an attacker with the database superuser's password could do; the chain still tells.
	private void bypassingTheTrigger(String sql) {
		jdbc.sql("ALTER TABLE identity_audit_event DISABLE TRIGGER USER; " + sql
				+ "; ALTER TABLE identity_audit_event ENABLE TRIGGER USER").update();
	}

}
