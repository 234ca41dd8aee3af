package org.tonus.identity;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Completes a sign-in that is waiting for its one-time code: checks the code (throttled like a
 * password) and, when right, grants the user's roles under a new session id.
 */
@Component
public class SecondFactorStep {

	private final TwoFactor twoFactor;

	private final UserRepository users;

	private final SignInThrottle throttle;

	private final SecurityPolicies policies;

	private final AuditLog audit;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SecondFactorStep(TwoFactor twoFactor, UserRepository users, SignInThrottle throttle, SecurityPolicies policies,
			AuditLog audit) {
		this.twoFactor = twoFactor;
		this.users = users;
		this.throttle = throttle;
		this.policies = policies;
		this.audit = audit;
	}

	public enum Outcome {

		SIGNED_IN, WRONG_CODE, THROTTLED, NOT_PENDING

	}

	public Optional<SignedInUser> pendingUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (SignInHandlers.hasAuthority(authentication, PasswordAuthentication.SECOND_FACTOR_PENDING)
				&& authentication.getPrincipal() instanceof SignedInUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}

	public Outcome complete(String code, HttpServletRequest request, HttpServletResponse response) {
		Optional<SignedInUser> pending = pendingUser();
		if (pending.isEmpty()) {
			return Outcome.NOT_PENDING;
		}
		SignedInUser user = pending.get();
		AuditActor actor = new AuditActor(user.id(), user.email());
		if (throttle.blockedUntil(user.email(), request.getRemoteAddr()).isPresent()) {
			audit.record(actor, new AuditEntry("sign-in.second-factor", "user", user.id().toString(), AuditOutcome.DENIED, "throttled"));
			return Outcome.THROTTLED;
		}
		if (!twoFactor.verify(user.id(), code)) {
			throttle.failed(user.email(), request.getRemoteAddr());
			audit.record(actor, new AuditEntry("sign-in.second-factor", "user", user.id().toString(), AuditOutcome.FAILURE, "wrong code"));
			return Outcome.WRONG_CODE;
		}
		UserAccount account = users.find(user.id()).filter(UserAccount::active).orElse(null);
		if (account == null) {
			return Outcome.NOT_PENDING;
		}
		SignedInUser signedIn = SignedInUser.of(account);
		request.changeSessionId();
		request.getSession().setMaxInactiveInterval((int) policies.idleTimeout().toSeconds());
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(signedIn, null, signedIn.authorities()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		audit.record(AuditEntry.success("sign-in", "user", user.id()));
		return Outcome.SIGNED_IN;
	}

}
