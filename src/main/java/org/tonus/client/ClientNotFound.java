package org.tonus.client;

public class ClientNotFound extends RuntimeException {

	public ClientNotFound() {
		super("No such client");
	}

}
