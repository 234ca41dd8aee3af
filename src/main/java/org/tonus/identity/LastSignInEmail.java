package org.tonus.identity;

import jakarta.servlet.http.HttpSession;

/** The e-mail typed into a failed sign-in, so the form can offer it again (never the password). */
public final class LastSignInEmail {

	static final String ATTRIBUTE = "tonus.sign-in.email";

	private LastSignInEmail() {
	}

	public static String take(HttpSession session) {
		if (session == null) {
			return null;
		}
		Object email = session.getAttribute(ATTRIBUTE);
		session.removeAttribute(ATTRIBUTE);
		return email instanceof String text ? text : null;
	}

}
