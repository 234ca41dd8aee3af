package org.tonus.identity;

public class UserNotFound extends RuntimeException {

	public UserNotFound() {
		super("No such user");
	}

}
