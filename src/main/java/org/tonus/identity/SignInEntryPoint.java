package org.tonus.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Sends people who are not signed in to the sign-in page, except requests made by script
 * (htmx, the re-authentication dialog): they get a 401 so the page can ask for the password in
 * place instead of navigating away from unsaved work.
 */
class SignInEntryPoint implements AuthenticationEntryPoint {

	private final LoginUrlAuthenticationEntryPoint page = new LoginUrlAuthenticationEntryPoint("/sign-in");

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException, jakarta.servlet.ServletException {
		if (SignInHandlers.isScripted(request)) {
			SignInHandlers.writeJson(response, org.springframework.http.HttpStatus.UNAUTHORIZED, "sign-in-required");
			return;
		}
		page.commence(request, response, e);
	}

}
