package org.tonus.identity;

import java.util.Set;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tonus.system.Role;

/** The synthetic demo clinic was just created; other modules add their demo data in response. */
public record DemoClinicCreated(UserId owner) {

	/**
	 * Runs {@code work} signed in as the demo clinic's owner, so what it records is authored and
	 * audited as if she had entered it; whoever was signed in before is restored afterwards.
	 */
	public void asOwner(Runnable work) {
		SignedInUser user = new SignedInUser(owner, DemoClinic.OWNER_EMAIL, "Elena Harbour", Set.of(Role.OWNER));
		Authentication previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

}
