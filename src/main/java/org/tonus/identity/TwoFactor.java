package org.tonus.identity;

import java.time.Clock;

import dev.samstevens.totp.code.CodeVerifier;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Time-based one-time passwords (RFC 6238: 6 digits, 30-second steps, one step of clock drift
 * allowed) as an optional second sign-in factor, which the clinic can make mandatory for staff.
 */
@Component
public class TwoFactor {

	private final UserRepository users;

	private final AuditLog audit;

	private final CodeVerifier verifier;

	private final Clock clock;

	TwoFactor(UserRepository users, AuditLog audit, Clock clock) {
		this.users = users;
		this.audit = audit;
		this.clock = clock;
		DefaultCodeVerifier codes = new DefaultCodeVerifier(new DefaultCodeGenerator(), () -> clock.instant().getEpochSecond());
		codes.setTimePeriod(30);
		codes.setAllowedTimePeriodDiscrepancy(1);
		this.verifier = codes;
	}

	public record Enrolment(String secret, String qrCodeDataUri) {
	}

	public Enrolment startEnrolment(String accountLabel, String issuer) {
		return startEnrolmentFor(new DefaultSecretGenerator().generate(), accountLabel, issuer);
	}

	/** The QR code for a secret already offered (after a mistyped confirmation code). */
	public Enrolment startEnrolmentFor(String secret, String accountLabel, String issuer) {
		QrData data = new QrData.Builder().label(accountLabel).secret(secret).issuer(issuer).digits(6).period(30).build();
		try {
			var generator = new ZxingPngQrGenerator();
			return new Enrolment(secret, Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType()));
		}
		catch (QrGenerationException e) {
			throw new IllegalStateException("Could not draw the QR code", e);
		}
	}

	/** Turns the second factor on once the user proved their app produces valid codes. */
	@Transactional
	public boolean enable(UserId user, String secret, String code) {
		if (!isValid(secret, code)) {
			audit.record(new AuditEntry("user.two-factor.enable", "user", user.toString(), AuditOutcome.FAILURE,
					"wrong code"));
			return false;
		}
		users.enableTwoFactor(user, secret, user, clock.instant());
		audit.record(AuditEntry.success("user.two-factor.enable", "user", user));
		return true;
	}

	@Transactional
	public void disable(UserId user, UserId by) {
		users.disableTwoFactor(user, by, clock.instant());
		audit.record(AuditEntry.success("user.two-factor.disable", "user", user));
	}

	boolean verify(UserId user, String code) {
		return users.credentials(user).map(UserRepository.Credentials::totpSecret).map(secret -> isValid(secret, code))
			.orElse(false);
	}

	private boolean isValid(String secret, String code) {
		return secret != null && code != null && code.strip().matches("\\d{6}") && verifier.isValidCode(secret, code.strip());
	}

}
