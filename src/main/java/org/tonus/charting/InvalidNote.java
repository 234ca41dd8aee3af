package org.tonus.charting;

/** The note or request breaks a rule (too long, nothing to sign, no reason for an amendment); the message says which. */
public class InvalidNote extends RuntimeException {

	public InvalidNote(String message) {
		super(message);
	}

}
