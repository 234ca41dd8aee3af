package org.tonus.outcomes;

import org.springframework.stereotype.Component;
import org.tonus.client.Client;
import org.tonus.scheduling.PublicLinks;
import org.tonus.system.ClinicProfile;
import org.tonus.system.ClinicProfiles;
import org.tonus.system.Mail;

/**
 * E-mails a client the link to their questionnaires. The message names the clinic and holds the
 * link (at the clinic's public address) and how long it works, no health information.
 */
@Component
public class QuestionnaireMail {

	private final Mail mail;

	private final ClinicProfiles clinics;

	private final PublicLinks links;

	QuestionnaireMail(Mail mail, ClinicProfiles clinics, PublicLinks links) {
		this.mail = mail;
		this.clinics = clinics;
		this.links = links;
	}

	public boolean configured() {
		return mail.configured();
	}

	/** The link for a questionnaire token, as the client opens it. */
	public String link(String token) {
		return links.base() + "/measures/" + token;
	}

	/** @return whether the mail server took the message (false without an address or a server) */
	public boolean send(Client client, String token) {
		String to = client.details().email();
		if (to == null) {
			return false;
		}
		String name = client.details().preferredName() != null ? client.details().preferredName() : client.details().givenName();
		return mail.send(to, clinics.current().map(ClinicProfile::name).orElse("Your clinic") + ": a few questions before your visit", """
				Hello %s,

				before your next visit, please answer a few short questions. It takes a few minutes:

				%s

				The link works once, for %d days.
				""".formatted(name, link(token), Measures.LINK_DAYS));
	}

}
