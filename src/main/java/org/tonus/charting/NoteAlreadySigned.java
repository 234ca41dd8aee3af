package org.tonus.charting;

/** The note is signed and cannot change; amend it instead. */
public class NoteAlreadySigned extends RuntimeException {

	public NoteAlreadySigned() {
		super("This note is signed and cannot change; amend it instead");
	}

}
