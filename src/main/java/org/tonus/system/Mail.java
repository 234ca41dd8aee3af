package org.tonus.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Plain-text e-mail through the configured server ({@code spring.mail.host}); without one, nothing
 * is sent and callers offer the link to copy instead. Failures are logged by kind only: never an
 * address or a message body.
 */
@Component
public class Mail {

	private static final Logger log = LoggerFactory.getLogger(Mail.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final String from;

	Mail(ObjectProvider<JavaMailSender> sender, @Value("${tonus.mail.from:tonus@localhost}") String from) {
		this.sender = sender;
		this.from = from;
	}

	public boolean configured() {
		return sender.getIfAvailable() != null;
	}

	/** A file sent with a message, such as a calendar entry. */
	public record Attachment(String filename, String contentType, byte[] content) {
	}

	/** @return whether the server accepted the message */
	public boolean send(String to, String subject, String text, Attachment attachment) {
		JavaMailSender mail = sender.getIfAvailable();
		if (mail == null) {
			return false;
		}
		try {
			jakarta.mail.internet.MimeMessage message = mail.createMimeMessage();
			org.springframework.mail.javamail.MimeMessageHelper helper = new org.springframework.mail.javamail.MimeMessageHelper(
					message, true, "UTF-8");
			helper.setFrom(from);
			helper.setTo(to);
			helper.setSubject(subject);
			helper.setText(text);
			helper.addAttachment(attachment.filename(),
					new org.springframework.core.io.ByteArrayResource(attachment.content()), attachment.contentType());
			mail.send(message);
			return true;
		}
		catch (MailException | jakarta.mail.MessagingException failed) {
			log.warn("Could not send an e-mail ({})", failed.getClass().getSimpleName());
			return false;
		}
	}

	/** @return whether the server accepted the message */
	public boolean send(String to, String subject, String text) {
		JavaMailSender mail = sender.getIfAvailable();
		if (mail == null) {
			return false;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(to);
		message.setSubject(subject);
		message.setText(text);
		try {
			mail.send(message);
			return true;
		}
		catch (MailException failed) {
			log.warn("Could not send an e-mail ({})", failed.getClass().getSimpleName());
			return false;
		}
	}

}
