package org.tonus.intake;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.tonus.system.Mail;

/**
 * Sends intake links by e-mail when a mail server is configured ({@code spring.mail.host}); without
 * one, staff copy the link from the page. The message holds the clinic's name, the link and its
 * expiry: no health information.
 */
@Component
public class IntakeMailer {

	private final Mail mail;

	IntakeMailer(Mail mail) {
		this.mail = mail;
	}

	public boolean configured() {
		return mail.configured();
	}

	public boolean send(String to, String firstName, String clinicName, String link, java.time.Instant expiresAt, ZoneId zone) {
		return mail.send(to, clinicName + ": your questionnaire before the first visit", """
				Hello %s,

				before your first visit at %s, please tell us a little about where it hurts and how you are.
				It takes about ten minutes:

				%s

				The link works once and until %s. If you did not expect this message, please ignore it.
				""".formatted(firstName, clinicName, link,
				DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(expiresAt.atZone(zone))));
	}

}
