package org.tonus.identity;

/** A password that breaks the {@link PasswordPolicy}; the reason names the rule. */
public class PasswordRejected extends RuntimeException {

	public enum Reason {

		TOO_SHORT, TOO_LONG, TOO_COMMON, CONTAINS_EMAIL, WRONG_CURRENT_PASSWORD;

		public String messageKey() {
			return "password.rejected." + name().toLowerCase().replace('_', '-');
		}

	}

	private final Reason reason;

	public PasswordRejected(Reason reason) {
		super("Password rejected: " + reason);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

}
