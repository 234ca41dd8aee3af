package org.tonus.client;

/** Someone else saved the client since this edit began; nothing was overwritten. */
public class ClientChangedConcurrently extends RuntimeException {

	public ClientChangedConcurrently() {
		super("The client record was changed by someone else");
	}

}
