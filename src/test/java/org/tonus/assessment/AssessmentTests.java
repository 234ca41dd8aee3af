package org.tonus.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tonus.client.Client;
import org.tonus.client.ClientDetails;
import org.tonus.client.ClientRegistry;
import org.tonus.client.PreferredContact;
import org.tonus.intake.IntakeAnswers;
import org.tonus.intake.IntakeForms;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AssessmentTests extends IntegrationTest {

	@Autowired
	ClientRegistry clients;

	@Autowired
	IntakeForms intakes;

	private final RequestPostProcessor therapist = TestUsers.as(Role.THERAPIST);

	@Test
	void theDrawingIsKeptWithTheSuggestionsOfTheTime() throws Exception {
		String assessment = start(client());
		mvc.perform(post(assessment + "/drawing").with(therapist).with(csrf())
			.param("drawing", "{\"marks\": [{\"region\": \"temple\", \"side\": \"right\", \"intensity\": 7}, {\"region\": \"neck-side\", \"side\": \"right\", \"intensity\": 5}]}")
			.param("activities", "phone-cradling"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Upper trapezius")))
			.andExpect(content().string(containsString("data-muscle=\"upper-trapezius\"")));
		UUID id = id(assessment);
		assertThat(jdbc.sql("SELECT suggestions->0->>'muscle' FROM assessment_assessment WHERE id = ?").param(id)
			.query(String.class).single()).isEqualTo("upper-trapezius");
		assertThat(jdbc.sql("SELECT activities[1] FROM assessment_assessment WHERE id = ?").param(id).query(String.class)
			.single()).isEqualTo("phone-cradling");
		mvc.perform(get(assessment).with(therapist)).andExpect(status().isOk())
			.andExpect(content().string(containsString("&quot;region&quot;: &quot;temple&quot;")))
			.andExpect(content().string(containsString("Suggested by the pain drawing")));

		mvc.perform(post(assessment + "/drawing").with(therapist).with(csrf())
			.param("drawing", "{\"marks\": [{\"region\": \"nowhere\", \"intensity\": 7}]}"))
			.andExpect(status().isBadRequest());
		assertThat(jdbc.sql("SELECT drawing->'marks'->0->>'region' FROM assessment_assessment WHERE id = ?").param(id)
			.query(String.class).single()).isEqualTo("temple");
	}

	@Test
	void oneAssessmentPerVisitDayStartingWithTheQuestionnairesActivities() throws Exception {
		Client client = client();
		intakes.submit(client.id(), new IntakeAnswers(List.of(), List.of("typing", "not-an-activity"), null, null, null, null,
				null, null, Map.of()), "STAFF");
		String assessment = start(client);
		assertThat(start(client)).isEqualTo(assessment);
		assertThat(jdbc.sql("SELECT array_to_string(activities, ',') FROM assessment_assessment WHERE id = ?")
			.param(id(assessment)).query(String.class).single()).isEqualTo("typing");
	}

	@Test
	void aFindingIsCheckedBeforeItIsStored() throws Exception {
		String assessment = start(client());
		mvc.perform(post(assessment + "/findings").with(therapist).with(csrf())
			.param("point", "no-such-muscle#0").param("tenderness", "11").param("pressureThreshold", "-1")
			.param("state", "ACTIVE").param("referredTo", "temple"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose a trigger point from the list.")))
			.andExpect(content().string(containsString("Choose the side.")))
			.andExpect(content().string(containsString("Tenderness is a whole number from 0 to 10.")))
			.andExpect(content().string(containsString("above 0 and at most 20")))
			.andExpect(content().string(containsString("Tick &quot;Referred pain reproduced&quot;")));
		assertThat(count("assessment_finding", assessment)).isZero();

		mvc.perform(post(assessment + "/findings").with(therapist).with(csrf())
			.param("point", "upper-trapezius#0").param("side", "right").param("state", "ACTIVE")
			.param("tautBand", "on").param("referralReproduced", "on").param("referredTo", "temple")
			.param("tenderness", "7").param("pressureThreshold", "2,5"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(assessment).with(therapist))
			.andExpect(content().string(containsString("Referred pain reproduced in: Temple")))
			.andExpect(content().string(containsString("2.5 kg/cm²")))
			.andExpect(content().string(containsString("7/10")));
	}

	@Test
	void elementsAndRangesOfMotion() throws Exception {
		String assessment = start(client());
		mvc.perform(post(assessment + "/areas").with(therapist).with(csrf()).param("place", "neck-side|right")
			.param("element", "NERVE_ENTRAPMENT"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Say what compresses or entraps the nerve.")));
		mvc.perform(post(assessment + "/areas").with(therapist).with(csrf()).param("place", "neck-side|right")
			.param("element", "HYPERTONICITY").param("note", "guarding"))
			.andExpect(status().is3xxRedirection());

		mvc.perform(post(assessment + "/ranges").with(therapist).with(csrf()).param("movement", "cervical.rotation")
			.param("measured", "60"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("choose left or right")));
		mvc.perform(post(assessment + "/ranges").with(therapist).with(csrf()).param("movement", "cervical.rotation")
			.param("measured", "999").param("side", "left"))
			.andExpect(status().isBadRequest());
		mvc.perform(post(assessment + "/ranges").with(therapist).with(csrf()).param("movement", "cervical.rotation")
			.param("measured", "60").param("side", "left").param("painful", "on"))
			.andExpect(status().is3xxRedirection());
		assertThat(count("assessment_range_of_motion", assessment)).isEqualTo(1);
		mvc.perform(get(assessment).with(therapist))
			.andExpect(content().string(containsString("Hypertonicity")))
			.andExpect(content().string(containsString("60°")))
			.andExpect(content().string(containsString("% of normal")));
	}

	@Test
	void aWithdrawnFindingStaysInTheRecord() throws Exception {
		String assessment = start(client());
		mvc.perform(post(assessment + "/findings").with(therapist).with(csrf())
			.param("point", "levator-scapulae#0").param("side", "left").param("state", "LATENT").param("note", "wrong client"));
		UUID finding = jdbc.sql("SELECT id FROM assessment_finding WHERE assessment_id = ?").param(id(assessment))
			.query(UUID.class).single();
		mvc.perform(post(assessment + "/finding/" + finding + "/withdraw").with(therapist).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(assessment).with(therapist)).andExpect(content().string(not(containsString("wrong client"))));
		assertThat(count("assessment_finding", assessment)).isEqualTo(1);
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM assessment_finding WHERE id = ?").param(finding).update())
			.hasMessageContaining("never deleted");
		mvc.perform(post(assessment + "/finding/" + finding + "/withdraw").with(therapist).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void onlyTherapistsAndOwnersAssess() throws Exception {
		Client client = client();
		String assessment = start(client);
		for (Role role : new Role[] { Role.FRONT_DESK, Role.BILLING, Role.CLIENT }) {
			RequestPostProcessor user = TestUsers.as(role);
			mvc.perform(post("/clients/" + client.id() + "/assessments").with(user).with(csrf())).andExpect(status().isForbidden());
			mvc.perform(get(assessment).with(user)).andExpect(status().isForbidden());
			mvc.perform(post(assessment + "/drawing").with(user).with(csrf())).andExpect(status().isForbidden());
			mvc.perform(post(assessment + "/findings").with(user).with(csrf())).andExpect(status().isForbidden());
			mvc.perform(post(assessment + "/areas").with(user).with(csrf())).andExpect(status().isForbidden());
			mvc.perform(post(assessment + "/ranges").with(user).with(csrf())).andExpect(status().isForbidden());
			mvc.perform(post(assessment + "/posture").with(user).with(csrf())).andExpect(status().isForbidden());
		}
		mvc.perform(get("/clients/" + client.id()).with(TestUsers.as(Role.FRONT_DESK)))
			.andExpect(content().string(not(containsString("Assess today"))));
		mvc.perform(get("/clients/" + client.id()).with(therapist)).andExpect(content().string(containsString("Visit of")));
		mvc.perform(get(assessment).with(therapist)).andExpect(status().isOk());
		mvc.perform(get(assessment.replace(client.id().toString(), client().id().toString())).with(therapist))
			.andExpect(status().isNotFound());
		assertThat(jdbc.sql("SELECT count(*) FROM identity_audit_event WHERE target_id = ? AND action = 'assessment.read'")
			.param(id(assessment).toString()).query(Long.class).single()).isEqualTo(1);
	}

	private String start(Client client) throws Exception {
		return mvc.perform(post("/clients/" + client.id() + "/assessments").with(therapist).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
	}

	private long count(String table, String assessment) {
		return jdbc.sql("SELECT count(*) FROM " + table + " WHERE assessment_id = ?").param(id(assessment))
			.query(Long.class).single();
	}

	private static UUID id(String url) {
		return UUID.fromString(url.substring(url.lastIndexOf('/') + 1));
	}

	private Client client() {
		return clients.register(new ClientDetails("Mara", "Okafor" + System.nanoTime(), null, LocalDate.of(1985, 7, 9), null,
				"+44 20 7946 0000", null, null, null, null, PreferredContact.PHONE, null));
	}

}
