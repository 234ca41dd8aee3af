package org.tonus.homecare;

import java.time.Instant;
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
 * E-mails the link to a home-care program. The message names the clinic and holds the link and its
 * expiry, no health information: what the program says is behind the link.
 */
@Component
class HomeCareMailer {

	private static final Logger log = LoggerFactory.getLogger(HomeCareMailer.class);

	private final ObjectProvider<JavaMailSender> mail;

	private final String from;

	HomeCareMailer(ObjectProvider<JavaMailSender> mail, @Value("${tonus.mail.from:tonus@localhost}") String from) {
		this.mail = mail;
		this.from = from;
	}

	boolean configured() {
		return mail.getIfAvailable() != null;
	}

	boolean send(String to, String firstName, String clinicName, String link, Instant expiresAt, ZoneId zone) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			return false;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(to);
		message.setSubject(clinicName + ": your home-care program");
		message.setText("""
				Hello %s,

				here is the home-care program we went through at your visit, with the exercises and how often to do them:

				%s

				You can open it until %s and print it or save it as a PDF from that page. Please keep the link to yourself.
				""".formatted(firstName, link,
				DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(expiresAt.atZone(zone))));
		try {
			sender.send(message);
			return true;
		}
		catch (MailException failed) {
			log.warn("Could not send a home-care link by e-mail ({})", failed.getClass().getSimpleName());
			return false;
		}
	}

}
