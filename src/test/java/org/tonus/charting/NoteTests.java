package org.tonus.charting;

import java.time.LocalDate;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class NoteTests extends IntegrationTest {

	@Autowired
	ClientRegistry clients;

	private final RequestPostProcessor therapist = TestUsers.as(Role.THERAPIST);

	@Test
	void aDraftIsSavedWhileTypingAndAnOutdatedSaveIsRefusedWithTheSavedText() throws Exception {
		Client client = client();
		String note = startNote(client);
		mvc.perform(draft(note, 0, "Neck stiff since Monday")).andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("saved"))
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(draft(note, 0, "Typed in an older tab")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.outcome").value("stale"))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.saved.subjective").value("Neck stiff since Monday"));
		assertThat(subjective(note)).isEqualTo("Neck stiff since Monday");
		mvc.perform(get(note).with(therapist)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Neck stiff since Monday")));
	}

	@Test
	void anEmptyNoteIsNotSignedAndASignedNoteNeverChangesAgain() throws Exception {
		Client client = client();
		String note = startNote(client);
		mvc.perform(post(note + "/sign").with(therapist).with(csrf()).param("baseVersion", "0"))
			.andExpect(flash().attribute("noteError", "note.error.empty"));
		assertThat(noteStatus(note)).isEqualTo("DRAFT");

		mvc.perform(draft(note, 0, "Right upper trapezius tender, 6/10"));
		mvc.perform(post(note + "/sign").with(therapist).with(csrf()).param("baseVersion", "1"))
			.andExpect(flash().attribute("notice", "note.signed"));
		assertThat(noteStatus(note)).isEqualTo("SIGNED");
		mvc.perform(draft(note, 1, "Changed afterwards")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.outcome").value("signed"));
		mvc.perform(get(note).with(therapist)).andExpect(content().string(containsString("Right upper trapezius tender")))
			.andExpect(content().string(containsString("Test Person")));

		UUID id = id(note);
		assertThatThrownBy(() -> jdbc.sql("UPDATE charting_note SET subjective = 'forged' WHERE id = ?").param(id).update())
			.hasMessageContaining("a signed note cannot be changed");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM charting_note WHERE id = ?").param(id).update())
			.hasMessageContaining("notes are never deleted");
		assertThat(subjective(note)).isEqualTo("Right upper trapezius tender, 6/10");
	}

	@Test
	void anAmendmentNeedsAReasonAndSupersedesTheOriginalWhenSigned() throws Exception {
		Client client = client();
		String note = signedNote(client, "Left levator scapulae 7/10");
		mvc.perform(post(note + "/amend").with(therapist).with(csrf()).param("reason", " "))
			.andExpect(flash().attribute("amendError", "note.error.reason"));
		String amendment = mvc.perform(post(note + "/amend").with(therapist).with(csrf()).param("reason", "Wrong side"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(amendment).isNotEqualTo(note);
		assertThat(subjective(amendment)).isEqualTo("Left levator scapulae 7/10");
		mvc.perform(post(note + "/amend").with(therapist).with(csrf()).param("reason", "Again"))
			.andExpect(flash().attribute("amendError", "note.error.amend"));

		mvc.perform(draft(amendment, 0, "Right levator scapulae 7/10")).andExpect(status().isOk());
		mvc.perform(post(amendment + "/sign").with(therapist).with(csrf()).param("baseVersion", "1"));
		assertThat(jdbc.sql("SELECT superseded_by FROM charting_note WHERE id = ?").param(id(note)).query(UUID.class).single())
			.isEqualTo(id(amendment));
		assertThat(subjective(note)).isEqualTo("Left levator scapulae 7/10");
		mvc.perform(get(note).with(therapist)).andExpect(content().string(containsString("This note was amended")));
		mvc.perform(get(amendment).with(therapist)).andExpect(content().string(containsString("Wrong side")))
			.andExpect(content().string(containsString("Right levator scapulae 7/10")));
		mvc.perform(get("/clients/" + client.id()).with(therapist))
			.andExpect(content().string(containsString("SOAP note amended: Wrong side")));
	}

	@Test
	void thePdfCarriesTheNoteInAnEmbeddedFont() throws Exception {
		Client client = client();
		String note = signedNote(client, "Schmerz im Nacken, Übungen besprochen");
		byte[] pdf = mvc.perform(get(note + "/pdf").with(therapist))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Schmerz im Nacken, Übungen besprochen").contains(client.details().familyName());
			for (var name : document.getPage(0).getResources().getFontNames()) {
				PDFont font = document.getPage(0).getResources().getFont(name);
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
			}
		}
		assertThat(jdbc.sql("SELECT count(*) FROM identity_audit_event WHERE action = 'note.print' AND target_id = ?")
			.param(id(note).toString()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void onlyTherapistsAndOwnersOpenNotes() throws Exception {
		Client client = client();
		String note = signedNote(client, "Private clinical text");
		for (Role role : new Role[] { Role.FRONT_DESK, Role.BILLING, Role.CLIENT }) {
			RequestPostProcessor user = TestUsers.as(role);
			mvc.perform(get(note).with(user)).andExpect(status().isForbidden());
			mvc.perform(get(note + "/pdf").with(user)).andExpect(status().isForbidden());
			mvc.perform(post("/clients/" + client.id() + "/notes").with(user).with(csrf())).andExpect(status().isForbidden());
			mvc.perform(post(note + "/amend").with(user).with(csrf()).param("reason", "x")).andExpect(status().isForbidden());
			mvc.perform(post(note + "/sign").with(user).with(csrf())).andExpect(status().isForbidden());
			mvc.perform(draft(note, 1, "x").with(user)).andExpect(status().isForbidden());
		}
		mvc.perform(get(note)).andExpect(status().is3xxRedirection());
		mvc.perform(get(note).with(TestUsers.as(Role.OWNER))).andExpect(status().isOk());
		mvc.perform(get("/clients/" + client.id() + "/notes/" + UUID.randomUUID()).with(therapist)
			.accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string("")); // the container's error page, not the API's problem JSON
		Client other = client();
		mvc.perform(get(note.replace(client.id().toString(), other.id().toString())).with(therapist))
			.andExpect(status().isNotFound());
	}

	@Test
	void readsAndWritesAreAudited() throws Exception {
		Client client = client();
		String note = signedNote(client, "Audited");
		mvc.perform(get(note).with(therapist));
		assertThat(jdbc.sql("SELECT action FROM identity_audit_event WHERE target_id = ? ORDER BY seq").param(id(note).toString())
			.query(String.class).list()).contains("note.create", "note.save", "note.sign", "note.read");
	}

	private String signedNote(Client client, String subjective) throws Exception {
		String note = startNote(client);
		mvc.perform(draft(note, 0, subjective)).andExpect(status().isOk());
		mvc.perform(post(note + "/sign").with(therapist).with(csrf()).param("baseVersion", "1"))
			.andExpect(flash().attribute("notice", "note.signed"));
		return note;
	}

	private String startNote(Client client) throws Exception {
		return mvc.perform(post("/clients/" + client.id() + "/notes").with(therapist).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder draft(String note, int base,
			String subjective) {
		return put(note + "/draft").with(therapist).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"baseVersion\":" + base + ",\"subjective\":\"" + subjective + "\",\"objective\":\"\",\"assessment\":\"\",\"plan\":\"\"}");
	}

	private String subjective(String note) {
		return jdbc.sql("SELECT subjective FROM charting_note WHERE id = ?").param(id(note)).query(String.class).single();
	}

	private String noteStatus(String note) {
		return jdbc.sql("SELECT status FROM charting_note WHERE id = ?").param(id(note)).query(String.class).single();
	}

	private static UUID id(String note) {
		return UUID.fromString(note.substring(note.lastIndexOf('/') + 1));
	}

	private Client client() {
		return clients.register(new ClientDetails("Ilse", "Brandt" + System.nanoTime(), null, LocalDate.of(1970, 2, 3), null,
				"+49 30 1234567", null, null, null, null, PreferredContact.PHONE, null));
	}

}
