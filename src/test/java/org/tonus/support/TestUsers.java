package org.tonus.support;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tonus.identity.SignedInUser;
import org.tonus.identity.UserId;
import org.tonus.system.Role;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Signed-in users for MockMvc requests, without going through the sign-in form, and for calling
 * services directly as someone.
 */
public final class TestUsers {

	private TestUsers() {
	}

	public static RequestPostProcessor as(Role role, Role... more) {
		return as(UserId.random(), EnumSet.of(role, more));
	}

	public static RequestPostProcessor as(UserId id, Set<Role> roles) {
		return authentication(token(id, roles));
	}

	/** Runs {@code work} signed in as {@code id} with {@code roles}, as a request of theirs would. */
	public static <T> T signedIn(UserId id, Set<Role> roles, Supplier<T> work) {
		SecurityContextHolder.getContext().setAuthentication(token(id, roles));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** Runs {@code work} signed in as a new user with {@code role}. */
	public static void signedIn(Role role, Runnable work) {
		signedIn(UserId.random(), Set.of(role), () -> {
			work.run();
			return null;
		});
	}

	private static UsernamePasswordAuthenticationToken token(UserId id, Set<Role> roles) {
		SignedInUser user = new SignedInUser(id, "someone-" + id.id().toString().substring(0, 6) + "@tonus.test",
				"Test Person", Set.copyOf(roles));
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

}
