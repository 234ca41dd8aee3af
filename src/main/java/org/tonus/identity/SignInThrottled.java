package org.tonus.identity;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for this e-mail or from this address; try again after {@link #until()}. */
class SignInThrottled extends AuthenticationException {

	private final Instant until;

	SignInThrottled(Instant until) {
		super("Too many failed sign-in attempts");
		this.until = until;
	}

	Instant until() {
		return until;
	}

}
