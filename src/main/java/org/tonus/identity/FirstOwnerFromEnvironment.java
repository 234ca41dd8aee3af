package org.tonus.identity;

import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.tonus.system.ClinicProfile;

/**
 * Creates the first owner from {@code TONUS_ADMIN_EMAIL} and {@code TONUS_ADMIN_PASSWORD} when the
 * server starts on an empty database, for installations set up by script. Bad values stop the
 * start with a message naming the variable; the password itself is never logged.
 */
@Component
@ConditionalOnWebApplication
class FirstOwnerFromEnvironment implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstOwnerFromEnvironment.class);

	private final ClinicSetup setup;

	private final String email;

	private final String password;

	private final String name;

	private final String clinicName;

	private final String timeZone;

	FirstOwnerFromEnvironment(ClinicSetup setup, @Value("${tonus.admin.email:}") String email,
			@Value("${tonus.admin.password:}") String password, @Value("${tonus.admin.name:Clinic owner}") String name,
			@Value("${tonus.clinic.name:My clinic}") String clinicName,
			@Value("${tonus.clinic.time-zone:}") String timeZone) {
		this.setup = setup;
		this.email = email;
		this.password = password;
		this.name = name;
		this.clinicName = clinicName;
		this.timeZone = timeZone;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!StringUtils.hasText(email) || !setup.isNeeded()) {
			return;
		}
		if (!StringUtils.hasText(password)) {
			throw new IllegalStateException("TONUS_ADMIN_EMAIL is set but TONUS_ADMIN_PASSWORD is not");
		}
		ZoneId zone = StringUtils.hasText(timeZone) ? ZoneId.of(timeZone) : ZoneId.systemDefault();
		try {
			setup.complete(new ClinicProfile(clinicName, zone), name, email, password);
		}
		catch (PasswordRejected rejected) {
			throw new IllegalStateException("TONUS_ADMIN_PASSWORD is not accepted: " + rejected.reason()
					+ " (at least " + PasswordPolicy.MIN_LENGTH + " characters, not a common password)");
		}
		catch (EmailAddress.InvalidEmailAddress invalid) {
			throw new IllegalStateException("TONUS_ADMIN_EMAIL is not an e-mail address");
		}
		log.info("Created the owner account from TONUS_ADMIN_EMAIL");
	}

}
