package org.tonus.identity;

import java.util.Objects;

/**
 * What happened, to which record, and how it ended. {@code action} is a dotted verb such as
 * {@code user.create} or {@code client.read}; {@code detail} is a short note for people and must
 * never hold client data (ids only).
 */
public record AuditEntry(String action, String targetType, String targetId, AuditOutcome outcome, String detail) {

	public AuditEntry {
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(outcome, "outcome");
		if (detail != null && detail.length() > 500) {
			detail = detail.substring(0, 500);
		}
	}

	public static AuditEntry success(String action, String targetType, Object targetId) {
		return new AuditEntry(action, targetType, targetId == null ? null : targetId.toString(), AuditOutcome.SUCCESS, null);
	}

	public static AuditEntry denied(String action, String targetType, Object targetId, String detail) {
		return new AuditEntry(action, targetType, targetId == null ? null : targetId.toString(), AuditOutcome.DENIED, detail);
	}

	public AuditEntry withDetail(String newDetail) {
		return new AuditEntry(action, targetType, targetId, outcome, newDetail);
	}

}
