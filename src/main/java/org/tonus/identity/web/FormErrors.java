package org.tonus.identity.web;

import org.springframework.validation.BindingResult;
import org.tonus.identity.PasswordPolicy;
import org.tonus.identity.PasswordRejected;

/** Turns rule violations from the domain into messages next to the right field. */
final class FormErrors {

	private FormErrors() {
	}

	static void password(BindingResult result, String field, PasswordRejected rejected) {
		result.rejectValue(field, rejected.reason().messageKey(),
				new Object[] { PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH }, "Password not accepted");
	}

	/** Checks a new password at the edge, so its message shows together with the form's other errors. */
	static void checkPassword(BindingResult result, String field, String password, String email) {
		if (result.hasFieldErrors(field)) {
			return;
		}
		try {
			PasswordPolicy.check(password, email);
		}
		catch (PasswordRejected rejected) {
			password(result, field, rejected);
		}
	}

	static void repeatMismatch(BindingResult result, String field) {
		result.rejectValue(field, "password.rejected.mismatch", "The two passwords differ");
	}

}
