package org.tonus.support;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.TestPropertySource;

/**
 * Full-stack tests that send e-mail to a real SMTP server running in the test (GreenMail). They share
 * one application context, configured to send through it.
 */
@TestPropertySource(properties = { "spring.mail.host=localhost", "spring.mail.port=3025", "tonus.mail.from=clinic@tonus.test" })
public abstract class MailIntegrationTest extends IntegrationTest {

	@RegisterExtension
	protected static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	/** The messages the server received for {@code address}, oldest first. */
	protected static List<MimeMessage> received(String address) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getAllRecipients()).anyMatch(recipient -> recipient.toString().equals(address));
			}
			catch (MessagingException unreadable) {
				throw new IllegalStateException(unreadable);
			}
		}).toList();
	}

	/** The text of the PDF attached to {@code message}. */
	protected static String attachedPdfText(MimeMessage message) throws Exception {
		Multipart parts = (Multipart) message.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			if (Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())
					&& parts.getBodyPart(i).getContentType().startsWith("application/pdf")) {
				return pdfText(parts.getBodyPart(i).getInputStream().readAllBytes());
			}
		}
		throw new AssertionError("no PDF attached");
	}

	protected static String pdfText(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
