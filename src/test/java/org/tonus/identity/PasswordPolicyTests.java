package org.tonus.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTests {

	@Test
	void acceptsALongPassphraseWithoutAnyCompositionRules() {
		assertThatCode(() -> PasswordPolicy.check("quiet harbour lantern", "ana@clinic.test")).doesNotThrowAnyException();
		assertThatCode(() -> PasswordPolicy.check("ÜBERLANGESPASSWORT", "ana@clinic.test")).doesNotThrowAnyException();
	}

	@Test
	void rejectsShortPasswords() {
		assertRejected("short-pass1", PasswordRejected.Reason.TOO_SHORT);
	}

	@Test
	void rejectsOverlyLongPasswords() {
		assertRejected("x".repeat(64) + "y".repeat(65), PasswordRejected.Reason.TOO_LONG);
	}

	@Test
	void rejectsCommonPasswordsWhateverTheirCase() {
		assertRejected("QWERTY123456", PasswordRejected.Reason.TOO_COMMON);
		assertRejected("1qaz2wsx3edc", PasswordRejected.Reason.TOO_COMMON);
	}

	@Test
	void rejectsRepeatsAndSequencesTheListLacks() {
		assertRejected("aaaaaaaaaaaaaa", PasswordRejected.Reason.TOO_COMMON);
		assertRejected("123456789012", PasswordRejected.Reason.TOO_COMMON);
		assertRejected("abcabcabcabc", PasswordRejected.Reason.TOO_COMMON);
		assertRejected("zyxwvutsrqpo", PasswordRejected.Reason.TOO_COMMON);
	}

	@Test
	void rejectsPasswordsBuiltFromTheEmailAddress() {
		assertRejected("maria.lopez2024", PasswordRejected.Reason.CONTAINS_EMAIL, "maria.lopez@clinic.test");
	}

	private static void assertRejected(String password, PasswordRejected.Reason reason) {
		assertRejected(password, reason, "someone@clinic.test");
	}

	private static void assertRejected(String password, PasswordRejected.Reason reason, String email) {
		assertThatThrownBy(() -> PasswordPolicy.check(password, email)).isInstanceOf(PasswordRejected.class)
			.extracting(e -> ((PasswordRejected) e).reason())
			.isEqualTo(reason);
	}

}
