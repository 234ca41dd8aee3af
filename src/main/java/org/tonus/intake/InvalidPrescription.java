package org.tonus.intake;

import java.util.Map;

/** A prescription with bad fields (field name to message key); nothing was stored. */
public class InvalidPrescription extends RuntimeException {

	private final Map<String, String> errors;

	public InvalidPrescription(Map<String, String> errors) {
		super("Invalid prescription: " + errors.keySet());
		this.errors = Map.copyOf(errors);
	}

	public Map<String, String> errors() {
		return errors;
	}

}
