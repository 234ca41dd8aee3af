package org.tonus.outcomes;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tonus.client.ClientDetails;
import org.tonus.client.ClientId;
import org.tonus.client.ClientRegistry;
import org.tonus.support.IntegrationTest;
import org.tonus.support.TestUsers;
import org.tonus.system.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class OutcomesWebTests extends IntegrationTest {

	@Autowired
	Measures measures;

	@Autowired
	ClientRegistry clients;

	@Autowired
	org.tonus.assessment.Assessments assessments;

	@Test
	void theMeasuresPageShowsThePainExtentOfEachDrawing() throws Exception {
		ClientId client = clients.register(ClientDetails.named("Ebba", "Extent" + System.nanoTime())).id();
		TestUsers.signedIn(Role.THERAPIST, () -> {
			var visit = assessments.forVisit(client, java.time.LocalDate.now());
			assessments.saveDrawing(client, visit, org.tonus.referral.PainDrawing.of(
					new org.tonus.referral.PainMark("temple", org.tonus.knowledge.Side.RIGHT, 7),
					new org.tonus.referral.PainMark("neck-side", org.tonus.knowledge.Side.RIGHT, 5)));
		});
		mvc.perform(get("/clients/" + client + "/measures").with(TestUsers.as(Role.THERAPIST)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("First: ")))
			.andExpect(content().string(containsString("1.3%")));
	}

	@Test
	void theClientAnswersOnTheirPhoneOnceAndAMissingAnswerIsMarked() throws Exception {
		ClientId client = clients.register(ClientDetails.named("Pia", "Phone" + System.nanoTime())).id();
		String token = measures.issueLink(client, List.of("pss-10", "psfs")).token();
		mvc.perform(get("/measures/" + token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("felt that things were going your way")))
			.andExpect(content().string(containsString("Activity 1")));
		MockHttpServletRequestBuilder incomplete = post("/measures/" + token).with(csrf());
		for (int i = 1; i <= 9; i++) {
			incomplete = incomplete.param("pss-10." + i, "2");
		}
		incomplete = incomplete.param("psfs.name.0", "Carrying shopping").param("psfs.value.0", "3");
		mvc.perform(incomplete)
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Please answer this question.")));
		assertThat(measures.history(client, null)).isEmpty();
		mvc.perform(incomplete.param("pss-10.10", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Thank you")));
		assertThat(measures.history(client, null)).extracting(Measures.Measurement::score).containsExactlyInAnyOrder(19.0, 3.0);
		mvc.perform(get("/measures/" + token)).andExpect(status().isGone())
			.andExpect(content().string(containsString("already been answered")));
		mvc.perform(get("/measures/nonsense")).andExpect(status().isNotFound());
	}

	@Test
	void theTherapistEntersAMeasureAndSeesTheVerdict() throws Exception {
		ClientId client = clients.register(ClientDetails.named("Theo", "Trend" + System.nanoTime())).id();
		measures.record(client, "nrs-pain", java.util.Map.of("pain", 7), java.time.LocalDate.now().minusDays(21),
				Measures.Source.STAFF, "Neck pain");
		mvc.perform(post("/clients/" + client + "/measures").with(csrf()).with(TestUsers.as(Role.THERAPIST))
			.param("instrument", "nrs-pain").param("date", java.time.LocalDate.now().toString()).param("source", "STAFF")
			.param("label", "Neck pain").param("nrs-pain.pain", "3"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/clients/" + client + "/measures").with(TestUsers.as(Role.THERAPIST)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Neck pain improved from 7 to 3: a clinically important change.")))
			.andExpect(content().string(containsString("<svg")));
		measures.record(client, "nrs-pain", java.util.Map.of("pain", 3), java.time.LocalDate.now(), Measures.Source.STAFF, "Neck pain");
		mvc.perform(get("/clients/" + client + "/measures").with(TestUsers.as(Role.THERAPIST)))
			.andExpect(content().string(containsString("The improvement has held: the visit frequency could step down.")));
		mvc.perform(post("/clients/" + client + "/measures").with(csrf()).with(TestUsers.as(Role.THERAPIST))
			.param("instrument", "nrs-pain").param("date", java.time.LocalDate.now().toString()).param("nrs-pain.pain", "12"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please choose one of the answers offered.")));
		assertThat(measures.history(client, "nrs-pain")).hasSize(3);
		mvc.perform(get("/clients/" + client + "/measures").with(TestUsers.as(Role.FRONT_DESK))).andExpect(status().isForbidden());
	}


	@Test
	void assignedQuestionnairesComeDueAndAreTickedForTheLinkAndThresholdsTrend() throws Exception {
		ClientId client = clients.register(ClientDetails.named("Asa", "Assigned" + System.nanoTime())).id();
		mvc.perform(post("/clients/" + client + "/measures/assignments").with(csrf()).with(TestUsers.as(Role.THERAPIST))
			.param("instrument", "psfs").param("schedule", "EVERY_N_VISITS").param("everyVisits", "99"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("assignError", "Please give a number of visits from 1 to 20."));
		mvc.perform(post("/clients/" + client + "/measures/assignments").with(csrf()).with(TestUsers.as(Role.THERAPIST))
			.param("instrument", "pss-10").param("schedule", "INTAKE"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/clients/" + client + "/measures/assignments").with(csrf()).with(TestUsers.as(Role.THERAPIST))
			.param("instrument", "pss-10").param("schedule", "INTAKE"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("assignError", "This questionnaire is already assigned on this schedule."));
		TestUsers.signedIn(Role.THERAPIST, () -> {
			var first = assessments.forVisit(client, java.time.LocalDate.now().minusDays(14));
			assessments.recordFinding(client, first, new org.tonus.assessment.FindingRequest("upper-trapezius#0", "left", "ACTIVE", true,
					false, true, null, null, "2.5", ""));
			assessments.recordRange(client, first, new org.tonus.assessment.RangeRequest("cervical.rotation", "left", "50", true));
			var latest = assessments.forVisit(client, java.time.LocalDate.now());
			assessments.recordFinding(client, latest, new org.tonus.assessment.FindingRequest("upper-trapezius#0", "left", "LATENT", true,
					false, false, null, null, "4", ""));
			assessments.recordRange(client, latest, new org.tonus.assessment.RangeRequest("cervical.rotation", "left", "70", false));
		});
		mvc.perform(get("/clients/" + client + "/measures").with(TestUsers.as(Role.THERAPIST)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Due: not answered yet")))
			.andExpect(content().string(containsString("value=\"pss-10\" checked")))
			.andExpect(content().string(containsString("Upper trapezius TP1, left threshold improved from 2.5 to 4")))
			.andExpect(content().string(containsString("improved from 50 to 70")));
		java.util.Map<String, Integer> answers = new java.util.HashMap<>();
		for (int i = 1; i <= 10; i++) {
			answers.put(String.valueOf(i), 1);
		}
		measures.record(client, "pss-10", answers, java.time.LocalDate.now(), Measures.Source.PAPER, "");
		mvc.perform(get("/clients/" + client + "/measures").with(TestUsers.as(Role.THERAPIST)))
			.andExpect(content().string(containsString("not due")));
	}

}
