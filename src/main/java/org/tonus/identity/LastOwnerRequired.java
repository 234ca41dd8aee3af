package org.tonus.identity;

/** The change would leave the clinic without an active owner, or an owner would lock themselves out. */
public class LastOwnerRequired extends RuntimeException {

	public LastOwnerRequired() {
		super("The clinic needs at least one active owner");
	}

}
