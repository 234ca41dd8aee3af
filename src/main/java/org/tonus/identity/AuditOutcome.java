package org.tonus.identity;

public enum AuditOutcome {

	SUCCESS, FAILURE, DENIED

}
