package org.tonus.assessment;

import java.util.Map;

/** Recorded assessment data with bad fields (field name to message key); nothing was stored. */
public class InvalidAssessment extends RuntimeException {

	private final Map<String, String> errors;

	public InvalidAssessment(Map<String, String> errors) {
		super("Invalid assessment data: " + errors.keySet());
		this.errors = Map.copyOf(errors);
	}

	public Map<String, String> errors() {
		return errors;
	}

}
