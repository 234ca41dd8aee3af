package org.tonus.identity;

import java.time.Instant;

/** One stored audit event, as chained and as shown on the audit page. */
public record AuditRecord(long seq, Instant occurredAt, AuditActor actor, String action, String targetType,
		String targetId, AuditOutcome outcome, String remoteAddress, String detail, String previousHash, String hash) {

	/**
	 * The hash that links this event to its predecessor. Every field is length-prefixed, so no
	 * two different events can produce the same input.
	 */
	public String computeHash() {
		StringBuilder canonical = new StringBuilder();
		append(canonical, Long.toString(seq));
		append(canonical, occurredAt.toString());
		append(canonical, actor.userId() == null ? null : actor.userId().toString());
		append(canonical, actor.label());
		append(canonical, action);
		append(canonical, targetType);
		append(canonical, targetId);
		append(canonical, outcome.name());
		append(canonical, remoteAddress);
		append(canonical, detail);
		append(canonical, previousHash);
		return Sha256.hex(canonical.toString());
	}

	private static void append(StringBuilder canonical, String field) {
		if (field == null) {
			canonical.append("-;");
		}
		else {
			canonical.append(field.length()).append(':').append(field).append(';');
		}
	}

}
