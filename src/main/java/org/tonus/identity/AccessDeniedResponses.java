package org.tonus.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.tonus.system.ProblemJson;

/**
 * Refusals: audited, then a problem document (API), the second sign-in step (a sign-in waiting for
 * its one-time code), the sign-in page (a form posted after the session ended) or the 403 page.
 */
class AccessDeniedResponses implements AccessDeniedHandler {

	private final AuditLog audit;

	private final boolean api;

	AccessDeniedResponses(AuditLog audit, boolean api) {
		this.audit = audit;
		this.api = api;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (SignInHandlers.hasAuthority(authentication, PasswordAuthentication.SECOND_FACTOR_PENDING) && !api) {
			response.sendRedirect(request.getContextPath() + "/sign-in/two-factor");
			return;
		}
		if (denied instanceof CsrfException && !api) {
			if (SignInHandlers.isScripted(request)) {
				SignInHandlers.writeJson(response, org.springframework.http.HttpStatus.UNAUTHORIZED, "sign-in-required");
			}
			else {
				response.sendRedirect(request.getContextPath() + "/sign-in?error=expired");
			}
			return;
		}
		audit.record(new AuditEntry("access.denied", "path", request.getMethod() + " " + request.getRequestURI(),
				AuditOutcome.DENIED, null));
		if (api) {
			ProblemJson.write(response, HttpStatus.FORBIDDEN, "Your roles do not allow this request.");
		}
		else {
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
		}
	}

}
