package org.tonus.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * What happens after the password step of an interactive sign-in. Requests from the
 * re-authentication dialog (sent by script, see {@code session.js}) get a small JSON answer
 * instead of a redirect, so the page with the user's typed work stays where it is.
 */
class SignInHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	private final SecurityPolicies policies;

	private final AuditLog audit;

	private final Clock clock;

	private final SavedRequestAwareAuthenticationSuccessHandler redirect = new SavedRequestAwareAuthenticationSuccessHandler();

	SignInHandlers(SecurityPolicies policies, AuditLog audit, Clock clock) {
		this.policies = policies;
		this.audit = audit;
		this.clock = clock;
		redirect.setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, jakarta.servlet.ServletException {
		HttpSession session = request.getSession();
		session.setMaxInactiveInterval((int) policies.idleTimeout().toSeconds());
		session.removeAttribute(LastSignInEmail.ATTRIBUTE);
		boolean pending = hasAuthority(authentication, PasswordAuthentication.SECOND_FACTOR_PENDING);
		if (!pending) {
			audit.record(new AuditEntry("sign-in", "user", authentication.getName(), AuditOutcome.SUCCESS, null));
		}
		if (isScripted(request)) {
			writeJson(response, HttpStatus.OK, pending ? "second-factor" : "signed-in");
			return;
		}
		if (pending) {
			response.sendRedirect(request.getContextPath() + "/sign-in/two-factor");
			return;
		}
		redirect.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String reason = reason(exception);
		if (isScripted(request)) {
			writeJson(response, HttpStatus.UNAUTHORIZED, reason);
			return;
		}
		String email = request.getParameter("username");
		if (email != null && email.length() <= EmailAddress.MAX_LENGTH) {
			request.getSession().setAttribute(LastSignInEmail.ATTRIBUTE, email);
		}
		response.sendRedirect(request.getContextPath() + "/sign-in?error=" + reason);
	}

	private String reason(AuthenticationException exception) {
		if (exception instanceof SignInThrottled throttled) {
			long minutes = Math.max(1, Duration.between(clock.instant(), throttled.until()).toSeconds() / 60 + 1);
			return "throttled&minutes=" + minutes;
		}
		return exception instanceof DisabledException ? "deactivated" : "bad-credentials";
	}

	static boolean isScripted(HttpServletRequest request) {
		return "fetch".equals(request.getHeader("X-Tonus-Request")) || request.getHeader("HX-Request") != null;
	}

	static boolean hasAuthority(Authentication authentication, String authority) {
		return authentication != null
				&& authentication.getAuthorities().stream().anyMatch(granted -> authority.equals(granted.getAuthority()));
	}

	static void writeJson(HttpServletResponse response, HttpStatus status, String outcome) throws IOException {
		response.setStatus(status.value());
		response.setContentType("application/json");
		response.getWriter().write("{\"outcome\":\"" + outcome.replaceAll("[^a-z0-9=&-]", "") + "\"}");
	}

}
