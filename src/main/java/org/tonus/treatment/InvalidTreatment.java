package org.tonus.treatment;

import java.util.Map;

/** A plan or session entry with bad fields (field name to message key); nothing was stored. */
public class InvalidTreatment extends RuntimeException {

	private final Map<String, String> errors;

	public InvalidTreatment(Map<String, String> errors) {
		super("Invalid treatment data: " + errors.keySet());
		this.errors = Map.copyOf(errors);
	}

	public Map<String, String> errors() {
		return errors;
	}

}
