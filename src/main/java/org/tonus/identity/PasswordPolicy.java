package org.tonus.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * NIST SP 800-63B style password rules: a minimum length, a generous maximum, and a blocklist of
 * commonly used passwords; no composition rules (they make passwords harder to remember, not to
 * guess). The blocklist lacks plain repeats and sequences, so those are checked here.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	private static final Set<String> COMMON = load();

	private PasswordPolicy() {
	}

	public static void check(String password, String email) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			throw new PasswordRejected(PasswordRejected.Reason.TOO_SHORT);
		}
		if (password.length() > MAX_LENGTH) {
			throw new PasswordRejected(PasswordRejected.Reason.TOO_LONG);
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (COMMON.contains(lower) || isRepetitiveOrSequential(lower)) {
			throw new PasswordRejected(PasswordRejected.Reason.TOO_COMMON);
		}
		if (email != null && containsAccountName(lower, email.toLowerCase(Locale.ROOT))) {
			throw new PasswordRejected(PasswordRejected.Reason.CONTAINS_EMAIL);
		}
	}

	private static boolean containsAccountName(String password, String email) {
		String local = email.contains("@") ? email.substring(0, email.indexOf('@')) : email;
		return password.contains(email) || (local.length() >= 4 && password.replace(local, "").length() < MIN_LENGTH / 2);
	}

	// "aaaaaaaaaaaa", "123456789012", "abcdefghijkl", "987654321098", "abcabcabcabc"
	static boolean isRepetitiveOrSequential(String password) {
		int[] cps = password.codePoints().toArray();
		boolean ascending = true;
		boolean descending = true;
		for (int i = 1; i < cps.length; i++) {
			int step = cps[i] - cps[i - 1];
			ascending &= step == 1 || (cps[i - 1] == '9' && cps[i] == '0');
			descending &= step == -1 || (cps[i - 1] == '0' && cps[i] == '9');
		}
		return ascending || descending || hasShortPeriod(password);
	}

	private static boolean hasShortPeriod(String password) {
		for (int period = 1; period <= 4; period++) {
			String unit = password.substring(0, period);
			if (unit.repeat(password.length() / period + 1).startsWith(password)) {
				return true;
			}
		}
		return false;
	}

	private static Set<String> load() {
		Set<String> words = new HashSet<>(64_000);
		try (var in = PasswordPolicy.class.getResourceAsStream("/identity/common-passwords.txt");
				var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			reader.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(words::add);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return Set.copyOf(words);
	}

}
