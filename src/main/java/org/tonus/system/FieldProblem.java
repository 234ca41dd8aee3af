package org.tonus.system;

import org.springframework.http.HttpStatus;
import org.springframework.validation.FieldError;

/**
 * A request whose field breaks a rule the form annotations could not check (a duplicate e-mail,
 * a weak password). The message is meant for the API client and names no client data.
 */
public class FieldProblem extends RuntimeException {

	private final String field;

	private final HttpStatus status;

	public FieldProblem(String field, String message) {
		this(field, message, HttpStatus.BAD_REQUEST);
	}

	public FieldProblem(String field, String message, HttpStatus status) {
		super(message);
		this.field = field;
		this.status = status;
	}

	public String field() {
		return field;
	}

	public HttpStatus status() {
		return status;
	}

	/** A readable message for a Bean Validation error, in English (the API's language). */
	public static String describe(FieldError error) {
		String code = error.getCode() == null ? "" : error.getCode();
		return switch (code) {
			case "NotBlank", "NotNull", "NotEmpty" -> "must not be empty";
			case "Size" -> "has the wrong length (" + sizeLimits(error) + ")";
			case "Email" -> "must be an e-mail address";
			case "typeMismatch" -> "has the wrong type";
			default -> "is not valid";
		};
	}

	private static String sizeLimits(FieldError error) {
		Object[] args = error.getArguments();
		if (args != null && args.length >= 3) {
			return "at most " + args[1] + " characters";
		}
		return "see the API documentation";
	}

}
