package org.tonus.homecare;

import java.time.LocalDate;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tonus.client.Client;
import org.tonus.client.ClientDetails;
import org.tonus.client.ClientRegistry;
import org.tonus.client.PreferredContact;
import org.tonus.support.IntegrationTest;
import org.tonus.support.TestUsers;
import org.tonus.system.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class HomeCareTests extends IntegrationTest {

	@Autowired
	ClientRegistry clients;

	private final RequestPostProcessor therapist = TestUsers.as(Role.THERAPIST);

	@Test
	void aProgramNeedsAFinishedSession() throws Exception {
		Client client = client();
		mvc.perform(post("/clients/" + client.id() + "/home-care").with(therapist).with(csrf()))
			.andExpect(flash().attribute("notice", "homecare.error.no-session"));
	}

	@Test
	void theProgramIsMadeFromWhatWasTreatedEditedSentAndOpenedByTheClient() throws Exception {
		Client client = client();
		treated(client);
		String program = mvc.perform(post("/clients/" + client.id() + "/home-care").with(therapist).with(csrf()))
			.andExpect(redirectedUrlPattern("/clients/*/home-care/*"))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(program).with(therapist))
			.andExpect(content().string(containsString("Stretch: Upper trapezius")))
			.andExpect(content().string(containsString("Self-pressure: Upper trapezius")))
			.andExpect(content().string(containsString("at the top of the shoulder on your right side")))
			.andExpect(content().string(containsString("Holding a phone between ear and shoulder")));
		int items = jdbc.sql("SELECT jsonb_array_length(items) FROM homecare_program WHERE id = ?").param(id(program))
			.query(Integer.class).single();
		assertThat(items).isEqualTo(3);

		mvc.perform(post(program).with(therapist).with(csrf()).param("version", "0").param("keep0", "on").param("text0", " ")
			.param("keep1", "on").param("text1", "Press the sore spot for 20 seconds.").param("frequency", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Write the instructions")))
			.andExpect(content().string(containsString("Say how often")));
		mvc.perform(post(program).with(therapist).with(csrf()).param("version", "0").param("keep1", "on")
			.param("text1", "Press the sore spot for 20 seconds.").param("keep2", "on").param("text2", "Use a headset.")
			.param("frequency", "Once a day").param("note", "See you next week"))
			.andExpect(redirectedUrlPattern("/clients/*/home-care/*"));

		mvc.perform(post(program + "/send").with(therapist).with(csrf()).param("email", "true"))
			.andExpect(flash().attribute("notice", "homecare.sent.mail-off"));
		String link = (String) mvc.perform(post(program + "/send").with(therapist).with(csrf()).param("email", "false"))
			.andExpect(flash().attribute("notice", "homecare.sent.link"))
			.andReturn().getFlashMap().get("link");
		assertThat(jdbc.sql("SELECT sent_to IS NULL FROM homecare_program WHERE id = ?").param(id(program))
			.query(Boolean.class).single()).isTrue();
		String path = link.substring(link.indexOf("/home-care/"));
		mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hello Lena")))
			.andExpect(content().string(not(containsString(client.details().familyName()))))
			.andExpect(content().string(containsString("Press the sore spot for 20 seconds.")))
			.andExpect(content().string(not(containsString("Stretch: Upper trapezius"))));
		byte[] pdf = mvc.perform(get(path + "/pdf"))
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Use a headset.").contains("Once a day");
			assertThat(document.getPage(0).getResources().getXObjectNames()).isNotEmpty();
		}
		assertThat(jdbc.sql("SELECT count(*) FROM identity_audit_event WHERE action = 'homecare.view' AND target_id = ?")
			.param(id(program).toString()).query(Long.class).single()).isEqualTo(2);

		mvc.perform(post(program).with(therapist).with(csrf()).param("version", "1").param("keep1", "on")
			.param("text1", "Changed after sending").param("frequency", "Once a day"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("was sent and no longer changes")));
		assertThatThrownBy(() -> jdbc.sql("UPDATE homecare_program SET note = 'forged' WHERE id = ?").param(id(program)).update())
			.hasMessageContaining("cannot be changed");

		mvc.perform(post(program + "/adherence").with(therapist).with(csrf()).param("level", "MOST_DAYS")
			.param("adherenceNote", "Skipped weekends"))
			.andExpect(flash().attribute("notice", "homecare.adherence.saved"));
		mvc.perform(post(program + "/adherence").with(therapist).with(csrf()).param("level", "SOMETIMES"))
			.andExpect(flash().attribute("notice", "homecare.error.level"));
		mvc.perform(get(program).with(therapist)).andExpect(content().string(containsString("Skipped weekends")));
	}

	@Test
	void anUnknownLinkShowsNothing() throws Exception {
		mvc.perform(get("/home-care/" + "x".repeat(43))).andExpect(status().isNotFound())
			.andExpect(content().string(containsString("This link does not work")));
		mvc.perform(get("/home-care/nope/pdf")).andExpect(status().isNotFound());
	}

	@Test
	void onlyTherapistsAndOwnersWorkOnPrograms() throws Exception {
		Client client = client();
		treated(client);
		String program = mvc.perform(post("/clients/" + client.id() + "/home-care").with(therapist).with(csrf()))
			.andReturn().getResponse().getRedirectedUrl();
		for (Role role : new Role[] { Role.FRONT_DESK, Role.BILLING, Role.CLIENT }) {
			RequestPostProcessor user = TestUsers.as(role);
			mvc.perform(post("/clients/" + client.id() + "/home-care").with(user).with(csrf())).andExpect(status().isForbidden());
			mvc.perform(get(program).with(user)).andExpect(status().isForbidden());
			mvc.perform(post(program).with(user).with(csrf())).andExpect(status().isForbidden());
			mvc.perform(post(program + "/send").with(user).with(csrf())).andExpect(status().isForbidden());
			mvc.perform(post(program + "/adherence").with(user).with(csrf())).andExpect(status().isForbidden());
			mvc.perform(get(program + "/pdf").with(user)).andExpect(status().isForbidden());
		}
		mvc.perform(get(program.replace(client.id().toString(), client().id().toString())).with(therapist))
			.andExpect(status().isNotFound());
	}

	private void treated(Client client) throws Exception {
		String assessment = mvc.perform(post("/clients/" + client.id() + "/assessments").with(therapist).with(csrf()))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(post(assessment + "/drawing").with(therapist).with(csrf())
			.param("drawing", "{\"marks\": [{\"region\": \"temple\", \"side\": \"right\", \"intensity\": 6}]}")
			.param("activities", "phone-cradling").param("activities", "running"));
		String session = mvc.perform(post("/clients/" + client.id() + "/sessions").with(therapist).with(csrf())
			.param("painBefore", "6")).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(post(session + "/applications").with(therapist).with(csrf()).param("point", "upper-trapezius#0")
			.param("side", "right").param("technique", "ISCHEMIC_COMPRESSION").param("holdSeconds", "25").param("pressure", "3"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(session + "/finish").with(therapist).with(csrf()).param("painAfter", "3"))
			.andExpect(status().is3xxRedirection());
	}

	private static UUID id(String url) {
		return UUID.fromString(url.substring(url.lastIndexOf('/') + 1));
	}

	private Client client() {
		return clients.register(new ClientDetails("Lena", "Moritz" + System.nanoTime(), null, LocalDate.of(1988, 4, 21),
				"lena@example.test", null, null, null, null, null, PreferredContact.EMAIL, null));
	}


}
