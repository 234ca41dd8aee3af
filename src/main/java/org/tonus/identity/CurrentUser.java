package org.tonus.identity;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of the current request, for controllers of any module. */
public final class CurrentUser {

	private CurrentUser() {
	}

	public static Optional<SignedInUser> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user
				&& !SignInHandlers.hasAuthority(authentication, PasswordAuthentication.SECOND_FACTOR_PENDING)) {
			return Optional.of(user);
		}
		return Optional.empty();
	}

	public static SignedInUser require() {
		return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not signed in"));
	}

	public static UserId id() {
		return require().id();
	}

}
