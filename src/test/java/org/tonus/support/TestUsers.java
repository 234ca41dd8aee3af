package org.tonus.support;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tonus.identity.SignedInUser;
import org.tonus.identity.UserId;
import org.tonus.system.Role;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** Signed-in users for MockMvc requests, without going through the sign-in form. */
public final class TestUsers {

	private TestUsers() {
	}

	public static RequestPostProcessor as(Role role, Role... more) {
		return as(UserId.random(), EnumSet.of(role, more));
	}

	public static RequestPostProcessor as(UserId id, Set<Role> roles) {
		SignedInUser user = new SignedInUser(id, "someone-" + id.id().toString().substring(0, 6) + "@tonus.test",
				"Test Person", Set.copyOf(roles));
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

}
