package org.tonus.scheduling;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Where links in e-mails to clients point. {@code tonus.public-url} when set (always set it in
 * production). Without it, the address staff reach Tonus at, learnt from their signed-in requests:
 * never the Host header of an anonymous request, which anyone can forge to put their own site into
 * the clinic's e-mails.
 */
@Component
public class PublicLinks {

	private final String configured;

	private final String fallback;

	private volatile String learnt;

	PublicLinks(@Value("${tonus.public-url:}") String configured, @Value("${server.port:8080}") String port) {
		this.configured = configured.replaceAll("/+$", "");
		this.fallback = "http://localhost:" + port;
	}

	public String base() {
		if (!configured.isBlank()) {
			return configured;
		}
		if (RequestContextHolder.getRequestAttributes() != null && signedIn()) {
			learnt = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		}
		String known = learnt;
		return known != null ? known : fallback;
	}

	private static boolean signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated() && !(authentication instanceof AnonymousAuthenticationToken);
	}

}
