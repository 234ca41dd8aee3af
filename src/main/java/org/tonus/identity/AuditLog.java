package org.tonus.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one way to write to the audit trail. Inside a transaction, events are appended just
 * before it commits, so they are stored exactly when the change they describe is, and the chain
 * lock is held only for that moment; outside one, they are appended at once.
 */
@Component
public class AuditLog {

	private static final ThreadLocal<AuditActor> ACTING_AS = new ThreadLocal<>();

	private final AuditEventRepository events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	AuditLog(AuditEventRepository events, TransactionTemplate transactions, Clock clock) {
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Records an event by the signed-in user (or the system, when nobody is signed in). */
	public void record(AuditEntry entry) {
		record(currentActor(), entry);
	}

	public void record(AuditActor actor, AuditEntry entry) {
		PendingAuditEvent event = new PendingAuditEvent(clock.instant().truncatedTo(ChronoUnit.MICROS), actor, entry,
				remoteAddress());
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& TransactionSynchronizationManager.isActualTransactionActive()) {
			pendingInThisTransaction().add(event);
		}
		else {
			transactions.executeWithoutResult(status -> events.append(List.of(event)));
		}
	}

	private List<PendingAuditEvent> pendingInThisTransaction() {
		@SuppressWarnings("unchecked")
		List<PendingAuditEvent> pending = (List<PendingAuditEvent>) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			List<PendingAuditEvent> created = new ArrayList<>();
			TransactionSynchronizationManager.bindResource(this, created);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void beforeCommit(boolean readOnly) {
					events.append(created);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(AuditLog.this);
				}

			});
			pending = created;
		}
		return pending;
	}

	/** Runs work on behalf of an actor who is not a signed-in user (the command line, a scheduled job). */
	public <T> T actingAs(AuditActor actor, java.util.function.Supplier<T> work) {
		ACTING_AS.set(actor);
		try {
			return work.get();
		}
		finally {
			ACTING_AS.remove();
		}
	}

	static AuditActor currentActor() {
		if (ACTING_AS.get() != null) {
			return ACTING_AS.get();
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
			return new AuditActor(user.id(), user.email());
		}
		return AuditActor.SYSTEM;
	}

	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	record PendingAuditEvent(Instant occurredAt, AuditActor actor, AuditEntry entry, String remoteAddress) {
	}

}
