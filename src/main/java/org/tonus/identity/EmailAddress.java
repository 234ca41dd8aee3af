package org.tonus.identity;

import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address used to sign in; compared without regard to case. */
public record EmailAddress(String value) {

	public static final int MAX_LENGTH = 254;

	// Deliberately loose: one @, something on both sides, a dot in the domain, no spaces.
	private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	public EmailAddress {
		if (value == null) {
			throw new InvalidEmailAddress();
		}
		value = value.strip().toLowerCase(Locale.ROOT);
		if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
			throw new InvalidEmailAddress();
		}
	}

	@Override
	public String toString() {
		return value;
	}

	public static class InvalidEmailAddress extends IllegalArgumentException {

		InvalidEmailAddress() {
			super("Not an e-mail address");
		}

	}

}
