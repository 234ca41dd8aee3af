package org.tonus.identity;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The collaborators sign-in needs, bundled so the security wiring stays readable. */
@Component
record IdentityServices(UserRepository users, PasswordEncoder passwords, SignInThrottle throttle,
		SecurityPolicies policies, AuditLog audit, ApiTokens tokens) {
}
