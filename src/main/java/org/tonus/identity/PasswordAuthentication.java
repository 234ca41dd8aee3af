package org.tonus.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks an e-mail and password, throttled and audited. Interactive sign-ins of users with a
 * second factor end in a pending state that only the second step can complete; over the API, such
 * users must use personal API tokens, since HTTP Basic cannot carry a one-time code.
 */
class PasswordAuthentication implements AuthenticationProvider {

	static final String SECOND_FACTOR_PENDING = "SECOND_FACTOR_PENDING";

	static final String TWO_FACTOR_ENROLMENT_REQUIRED = "TWO_FACTOR_ENROLMENT_REQUIRED";

	private final UserRepository users;

	private final PasswordEncoder passwords;

	private final SignInThrottle throttle;

	private final SecurityPolicies policies;

	private final AuditLog audit;

	private final boolean interactive;

	private final String unknownUserHash;

	PasswordAuthentication(IdentityServices services, boolean interactive) {
		this.users = services.users();
		this.passwords = services.passwords();
		this.throttle = services.throttle();
		this.policies = services.policies();
		this.audit = services.audit();
		this.interactive = interactive;
		// Compare against a real hash for unknown users too, so timing does not reveal who has an account.
		this.unknownUserHash = passwords.encode("no such user, but hash anyway");
	}

	@Override
	public Authentication authenticate(Authentication attempt) throws AuthenticationException {
		String email = attempt.getName();
		String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
		String remote = attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
		Optional<java.time.Instant> blocked = throttle.blockedUntil(email, remote);
		if (blocked.isPresent()) {
			audit.record(AuditActor.anonymous(null), new AuditEntry(action(), null, null, AuditOutcome.DENIED, "throttled"));
			throw new SignInThrottled(blocked.get());
		}
		Optional<UserRepository.Credentials> found = users.credentialsByEmail(email == null ? "" : email.strip());
		boolean matches = passwords.matches(password, found.map(UserRepository.Credentials::passwordHash).orElse(unknownUserHash));
		if (found.isEmpty() || !matches) {
			throttle.failed(email, remote);
			AuditActor actor = found.map(c -> new AuditActor(c.account().id(), c.account().email()))
				.orElse(AuditActor.anonymous("unknown account"));
			audit.record(actor, new AuditEntry(action(), "user", found.map(c -> c.account().id().toString()).orElse(null),
					AuditOutcome.FAILURE, "wrong e-mail or password"));
			throw new BadCredentialsException("Bad credentials");
		}
		UserAccount account = found.get().account();
		AuditActor actor = new AuditActor(account.id(), account.email());
		if (!account.active()) {
			audit.record(actor, new AuditEntry(action(), "user", account.id().toString(), AuditOutcome.DENIED, "deactivated"));
			throw new DisabledException("Account deactivated");
		}
		throttle.succeeded(email);
		boolean twoFactorRequired = account.isStaff() && policies.current().twoFactorRequiredForStaff();
		if (!interactive && (account.twoFactorEnabled() || twoFactorRequired)) {
			audit.record(actor, new AuditEntry(action(), "user", account.id().toString(), AuditOutcome.DENIED,
					"two-factor accounts use API tokens"));
			throw new BadCredentialsException("Accounts with two-factor sign-in use personal API tokens");
		}
		return new UsernamePasswordAuthenticationToken(SignedInUser.of(account), null,
				authorities(account, twoFactorRequired));
	}

	private List<GrantedAuthority> authorities(UserAccount account, boolean twoFactorRequired) {
		if (interactive && account.twoFactorEnabled()) {
			return List.of(new SimpleGrantedAuthority(SECOND_FACTOR_PENDING));
		}
		List<GrantedAuthority> granted = new ArrayList<>(SignedInUser.of(account).authorities());
		if (interactive && twoFactorRequired) {
			granted.add(new SimpleGrantedAuthority(TWO_FACTOR_ENROLMENT_REQUIRED));
		}
		return granted;
	}

	private String action() {
		return interactive ? "sign-in" : "api.sign-in";
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
