package org.tonus.identity;

/** Another account already signs in with this e-mail address. */
public class DuplicateEmail extends RuntimeException {

	public DuplicateEmail() {
		super("An account with this e-mail address already exists");
	}

}
