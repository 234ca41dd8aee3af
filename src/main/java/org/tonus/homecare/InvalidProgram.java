package org.tonus.homecare;

import java.util.Map;

/** Program edits with bad fields (field name to message key); nothing was stored. */
public class InvalidProgram extends RuntimeException {

	private final Map<String, String> errors;

	public InvalidProgram(Map<String, String> errors) {
		super("Invalid home-care program: " + errors.keySet());
		this.errors = Map.copyOf(errors);
	}

	public Map<String, String> errors() {
		return errors;
	}

}
