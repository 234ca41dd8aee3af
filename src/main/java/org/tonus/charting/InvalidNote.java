package org.tonus.charting;

/**
 * The note or request breaks a rule (too long, nothing to sign, no reason for an amendment):
 * {@link #key()} names the message to show, the exception message says it in English for logs and
 * the draft-saving script.
 */
public class InvalidNote extends RuntimeException {

	private final String key;

	public InvalidNote(String key, String message) {
		super(message);
		this.key = key;
	}

	public String key() {
		return key;
	}

}
