package org.tonus.homecare;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.tonus.system.Mail;

/**
 * E-mails the link to a home-care program. The message names the clinic and holds the link and its
 * expiry, no health information: what the program says is behind the link.
 */
@Component
class HomeCareMailer {

	private final Mail mail;

	HomeCareMailer(Mail mail) {
		this.mail = mail;
	}

	boolean configured() {
		return mail.configured();
	}

	boolean send(String to, String firstName, String clinicName, String link, Instant expiresAt, ZoneId zone) {
		return mail.send(to, clinicName + ": your home-care program", """
				Hello %s,

				here is the home-care program we went through at your visit, with the exercises and how often to do them:

				%s

				You can open it until %s and print it or save it as a PDF from that page. Please keep the link to yourself.
				""".formatted(firstName, link,
				DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(expiresAt.atZone(zone))));
	}

}
