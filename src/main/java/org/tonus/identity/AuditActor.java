package org.tonus.identity;

/** Who acted: a user (id plus the e-mail they had then), or the system or command line (no id). */
public record AuditActor(UserId userId, String label) {

	public static final AuditActor SYSTEM = new AuditActor(null, "system");

	public static AuditActor commandLine() {
		return new AuditActor(null, "command line (" + System.getProperty("user.name", "unknown") + ")");
	}

	public static AuditActor anonymous(String attemptedAs) {
		return new AuditActor(null, attemptedAs == null ? "anonymous" : "anonymous (" + attemptedAs + ")");
	}

}
