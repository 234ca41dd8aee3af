package org.tonus.intake.web;

import java.time.ZoneOffset;

import org.springframework.stereotype.Component;
import org.tonus.client.Client;
import org.tonus.intake.IntakeLinks;
import org.tonus.system.ClinicProfile;
import org.tonus.system.ClinicProfiles;

/**
 * Issues an intake link and, when asked and possible, e-mails it to the client. The address (and
 * the timeline's "sent by e-mail") is recorded only once the mail server accepted the message.
 */
@Component
class IntakeSender {

	record Outcome(String url, boolean emailed, String problem) {
	}

	private final IntakeLinks links;

	private final org.tonus.intake.IntakeMailer mail;

	private final ClinicProfiles clinics;

	IntakeSender(IntakeLinks links, org.tonus.intake.IntakeMailer mail, ClinicProfiles clinics) {
		this.links = links;
		this.mail = mail;
		this.clinics = clinics;
	}

	Outcome issueAndSend(Client client, boolean email, String baseUrl) {
		String to = client.details().email();
		IntakeLinks.Issued issued = links.issue(client.id());
		String url = baseUrl + "/intake/" + issued.token();
		if (!email) {
			return new Outcome(url, false, null);
		}
		if (to == null) {
			return new Outcome(url, false, "intake.link.no-email");
		}
		if (!mail.configured()) {
			return new Outcome(url, false, "intake.link.mail-off");
		}
		ClinicProfile clinic = clinics.current().orElse(new ClinicProfile("Tonus", ZoneOffset.UTC));
		String firstName = client.details().preferredName() != null ? client.details().preferredName()
				: client.details().givenName();
		boolean sent = mail.send(to, firstName, clinic.name(), url, issued.expiresAt(), clinic.timeZone());
		if (sent) {
			links.mailedTo(client.id(), issued, to);
		}
		return new Outcome(url, sent, sent ? null : "intake.link.mail-failed");
	}

}
