package org.tonus.client;

/** There is no client with this id (or none this user may know of): a 404 in the UI and the API. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class ClientNotFound extends RuntimeException {

	public ClientNotFound() {
		super("No such client");
	}

}
