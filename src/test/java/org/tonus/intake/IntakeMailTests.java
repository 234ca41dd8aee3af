package org.tonus.intake;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tonus.client.Client;
import org.tonus.client.ClientDetails;
import org.tonus.client.ClientRegistry;
import org.tonus.client.PreferredContact;
import org.tonus.support.MailIntegrationTest;
import org.tonus.support.TestUsers;
import org.tonus.system.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The intake link by e-mail, through a real SMTP server running in the test. */
class IntakeMailTests extends MailIntegrationTest {

	@Autowired
	ClientRegistry clients;

	@Test
	void frontDeskSendsTheLinkAndItOpensTheQuestionnaire() throws Exception {
		Client client = clients.register(new ClientDetails("Marta", "Kowalska" + System.nanoTime(), null, LocalDate.of(1990, 1, 2),
				"marta.kowalska@example.com", null, null, null, null, null, PreferredContact.EMAIL, null));
		mvc.perform(post("/clients/" + client.id() + "/intake-links").param("email", "true")
			.with(TestUsers.as(Role.FRONT_DESK))
			.with(csrf())).andExpect(status().is3xxRedirection());

		assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage message = smtp.getReceivedMessages()[0];
		assertThat(message.getAllRecipients()[0].toString()).isEqualTo("marta.kowalska@example.com");
		String body = GreenMailUtil.getBody(message);
		assertThat(body).contains("Hello Marta").doesNotContain(client.details().familyName());
		Matcher link = Pattern.compile("/intake/([A-Za-z0-9_-]{43})").matcher(body);
		assertThat(link.find()).isTrue();
		mvc.perform(get("/intake/" + link.group(1))).andExpect(status().isOk());
		assertThat(jdbc.sql("SELECT sent_to FROM intake_link WHERE client_id = ?").param(client.id().id()).query(String.class)
			.single()).isEqualTo("marta.kowalska@example.com");
		assertThat(jdbc.sql("SELECT count(*) FROM client_timeline_entry WHERE client_id = ? AND summary = 'Intake link sent by e-mail'")
			.param(client.id().id()).query(Long.class).single()).isEqualTo(1);
	}

}
