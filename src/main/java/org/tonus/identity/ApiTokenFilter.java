package org.tonus.identity;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tonus.system.ProblemJson;

/** Authenticates API requests that carry {@code Authorization: Bearer <personal API token>}. */
class ApiTokenFilter extends OncePerRequestFilter {

	private final ApiTokens tokens;

	private final AuditLog audit;

	ApiTokenFilter(ApiTokens tokens, AuditLog audit) {
		this.tokens = tokens;
		this.audit = audit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<UserAccount> user = tokens.authenticate(header.substring(7).strip());
		if (user.isEmpty()) {
			audit.record(AuditActor.anonymous("api token"),
					new AuditEntry("api.sign-in", null, null, AuditOutcome.FAILURE, "unknown or revoked token"));
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Tonus\", error=\"invalid_token\"");
			ProblemJson.write(response, HttpStatus.UNAUTHORIZED, "The API token is unknown or was revoked.");
			return;
		}
		SignedInUser principal = SignedInUser.of(user.get());
		var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities());
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
