package org.tonus.intake;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends intake links by e-mail when a mail server is configured ({@code spring.mail.host}); without
 * one, staff copy the link from the page. The message holds the clinic's name, the link and its
 * expiry: no health information.
 */
@Component
public class IntakeMailer {

	private static final Logger log = LoggerFactory.getLogger(IntakeMailer.class);

	private final ObjectProvider<JavaMailSender> mail;

	private final String from;

	IntakeMailer(ObjectProvider<JavaMailSender> mail, @Value("${tonus.mail.from:tonus@localhost}") String from) {
		this.mail = mail;
		this.from = from;
	}

	public boolean configured() {
		return mail.getIfAvailable() != null;
	}

	public boolean send(String to, String firstName, String clinicName, String link, java.time.Instant expiresAt, ZoneId zone) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			return false;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(to);
		message.setSubject(clinicName + ": your questionnaire before the first visit");
		message.setText("""
				Hello %s,

				before your first visit at %s, please tell us a little about where it hurts and how you are.
				It takes about ten minutes:

				%s

				The link works once and until %s. If you did not expect this message, please ignore it.
				""".formatted(firstName, clinicName, link,
				DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(expiresAt.atZone(zone))));
		try {
			sender.send(message);
			return true;
		}
		catch (MailException failed) {
			log.warn("Could not send an intake link by e-mail ({})", failed.getClass().getSimpleName());
			return false;
		}
	}

}
