package org.tonus.identity.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tonus.identity.CurrentUser;
import org.tonus.identity.SecurityPolicies;
import org.tonus.system.PublicAccess;
import org.tonus.system.SignedIn;

/**
 * Lets a page ask whether its session still exists (and get a fresh CSRF token) before it sends
 * the user's work, and keep the session alive when the user says so.
 */
@RestController
class SessionController {

	private final SecurityPolicies policies;

	SessionController(SecurityPolicies policies) {
		this.policies = policies;
	}

	@GetMapping("/session/status")
	@PublicAccess("tells a page whether it must ask for the password again; reveals nothing else")
	ResponseEntity<Map<String, Object>> status(CsrfToken csrf) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("authenticated", CurrentUser.get().isPresent());
		state.put("idleTimeoutSeconds", policies.idleTimeout().toSeconds());
		state.put("csrfToken", csrf.getToken());
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(state);
	}

	@PostMapping("/session/keepalive")
	@SignedIn
	ResponseEntity<Void> keepAlive() {
		return ResponseEntity.noContent().build();
	}

}
