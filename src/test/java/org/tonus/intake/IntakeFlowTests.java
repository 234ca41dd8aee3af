package org.tonus.intake;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tonus.client.Client;
import org.tonus.client.ClientDetails;
import org.tonus.client.ClientRegistry;
import org.tonus.client.PreferredContact;
import org.tonus.identity.UserId;
import org.tonus.support.IntegrationTest;
import org.tonus.support.TestUsers;
import org.tonus.system.ClinicProfiles;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class IntakeFlowTests extends IntegrationTest {

	@Autowired
	ClientRegistry clients;

	@Autowired
	IntakeLinks links;

	@Autowired
	Contraindications contraindications;

	@Autowired
	PrescriptionBook prescriptions;

	@Autowired
	ContraindicationScreens screens;

	@Autowired
	ClinicProfiles clinics;

	@Test
	void aLinkIsUsableOnceAndItsAnswersReachTheChart() throws Exception {
		Client client = client();
		IntakeLinks.Issued link = links.issue(client.id());
		mvc.perform(get("/intake/" + link.token()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hello Grete")))
			.andExpect(content().string(not(containsString(client.details().familyName()))));
		mvc.perform(answers(post("/intake/" + link.token()), "yes")).andExpect(status().isOk());
		assertThat(intakes(client)).isEqualTo(1);
		mvc.perform(answers(post("/intake/" + link.token()), "no")).andExpect(status().isGone());
		mvc.perform(get("/intake/" + link.token())).andExpect(status().isGone());
		assertThat(intakes(client)).isEqualTo(1);

		mvc.perform(get("/clients/" + client.id()).with(TestUsers.as(Role.THERAPIST)))
			.andExpect(content().string(containsString("Physician clearance needed")))
			.andExpect(content().string(containsString("Stiff neck after desk work")));
	}

	@Test
	void expiredAndUnknownLinksStoreNothing() throws Exception {
		Client client = client();
		IntakeLinks.Issued link = links.issue(client.id());
		jdbc.sql("UPDATE intake_link SET expires_at = now() - interval '1 minute' WHERE id = ?").param(link.id()).update();
		mvc.perform(answers(post("/intake/" + link.token()), "no")).andExpect(status().isGone());
		mvc.perform(get("/intake/not-a-real-token")).andExpect(status().isNotFound());
		assertThat(intakes(client)).isZero();
	}

	@Test
	void badAnswersAreMarkedAndNothingIsStored() throws Exception {
		Client client = client();
		IntakeLinks.Issued link = links.issue(client.id());
		mvc.perform(answers(post("/intake/" + link.token()), "no", "11", "elbow-tip|left").param("p0.onset", "2999-01-01"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose a number from 0 to 10.")))
			.andExpect(content().string(containsString("Choose a place from the list.")))
			.andExpect(content().string(containsString("This date is in the future.")));
		assertThat(intakes(client)).isZero();
		assertThat(links.open(link.token()).state()).isEqualTo(IntakeLinks.State.VALID);
	}

	@Test
	void frontDeskSeesWhetherTheQuestionnaireCameButNotWhatItSays() throws Exception {
		Client client = client();
		IntakeLinks.Issued link = links.issue(client.id());
		mvc.perform(answers(post("/intake/" + link.token()), "yes"));
		String intakeId = jdbc.sql("SELECT id::text FROM intake_form WHERE client_id = ?").param(client.id().id())
			.query(String.class).single();
		mvc.perform(get("/clients/" + client.id()).with(TestUsers.as(Role.FRONT_DESK)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Questionnaire completed on")))
			.andExpect(content().string(not(containsString("Stiff neck after desk work"))))
			.andExpect(content().string(not(containsString("Physician clearance needed"))));
		mvc.perform(get("/clients/" + client.id() + "/intakes/" + intakeId).with(TestUsers.as(Role.FRONT_DESK)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/clients/" + client.id() + "/intakes/" + intakeId).with(TestUsers.as(Role.BILLING)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/clients/" + client.id()).with(TestUsers.as(Role.BILLING)))
			.andExpect(content().string(not(containsString("Stiff neck after desk work"))))
			.andExpect(content().string(containsString("Prescriptions")));
	}

	@Test
	void prescriptionsCheckTheirFieldsAndCountVisits() {
		Client client = client();
		LocalDate today = clinics.today();
		assertThatThrownBy(() -> prescriptions.add(client.id(), new PrescriptionBook.Request("Dr. Lee", "1234567890",
				null, null, today.plusDays(1), List.of("X99.99"), 0, null, today.minusDays(3), null)))
			.isInstanceOf(InvalidPrescription.class)
			.satisfies(e -> assertThat(((InvalidPrescription) e).errors()).containsKeys("npi", "prescribedOn", "diagnoses",
					"authorisedVisits", "expiresOn"));
		Prescription prescription = prescriptions.add(client.id(), new PrescriptionBook.Request("Dr. Lee", "1234567893",
				null, null, today.minusDays(7), List.of("M79.18", "M54.2"), 3, "weekly", null, null));
		assertThat(prescriptions.recordVisit(client.id(), prescription.id(), today.minusDays(8))).as("before the prescription")
			.isFalse();
		assertThat(prescriptions.recordVisit(client.id(), prescription.id(), today.plusDays(1))).as("in the future").isFalse();
		assertThat(prescriptions.recordVisit(client.id(), prescription.id(), today.minusDays(7))).isTrue();
		assertThat(prescriptions.recordVisit(client.id(), prescription.id(), today)).isTrue();
		Prescription reloaded = prescriptions.find(client.id(), prescription.id()).orElseThrow();
		assertThat(reloaded.visitsRemaining()).isEqualTo(1);
		assertThat(reloaded.runningOut(today)).isTrue();
		assertThat(prescriptions.recordVisit(client.id(), prescription.id(), today)).isTrue();
		assertThat(prescriptions.recordVisit(client.id(), prescription.id(), today)).isFalse();
	}

	@Test
	void aPrescriptionIsVoidedFromTheChartWithAReason() throws Exception {
		Client client = client();
		Prescription prescription = prescriptions.add(client.id(), new PrescriptionBook.Request("Dr. Void", null, null, null,
				clinics.today(), List.of("M79.18"), 5, null, null, null));
		String voidUrl = "/clients/" + client.id() + "/prescriptions/" + prescription.id() + "/void";
		mvc.perform(get("/clients/" + client.id()).with(TestUsers.as(Role.THERAPIST)))
			.andExpect(content().string(containsString(voidUrl)))
			.andExpect(content().string(containsString("Void the prescription")));
		mvc.perform(get("/clients/" + client.id()).with(TestUsers.as(Role.BILLING)))
			.andExpect(content().string(not(containsString(voidUrl))));
		mvc.perform(get("/clients/" + client.id()).with(TestUsers.as(Role.FRONT_DESK)))
			.andExpect(content().string(not(containsString(voidUrl))));

		mvc.perform(post(voidUrl).param("reason", "  ").with(TestUsers.as(Role.THERAPIST)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "prescriptions.void-reason"));
		assertThat(prescriptions.find(client.id(), prescription.id())).isPresent();

		mvc.perform(post(voidUrl).param("reason", "Entered for the wrong client").with(TestUsers.as(Role.THERAPIST)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "prescriptions.voided"));
		assertThat(prescriptions.find(client.id(), prescription.id())).isEmpty();
		assertThat(jdbc.sql("SELECT void_reason FROM intake_prescription WHERE id = ?").param(prescription.id())
			.query(String.class).single()).isEqualTo("Entered for the wrong client");
	}

	@Test
	void aQuestionnaireAnsweredNoKeepsWhatStaffFound() throws Exception {
		Client client = client();
		mvc.perform(post("/clients/" + client.id() + "/screening").with(TestUsers.as(Role.THERAPIST)).with(csrf())
			.param("item.acute-injury", "yes")
			.param("area.acute-injury", "calf|left")
			.param("detail.acute-injury", "Strained calf on Saturday")
			.param("item.endangerment-sites", "yes")).andExpect(status().is3xxRedirection());
		IntakeLinks.Issued link = links.issue(client.id());
		mvc.perform(answers(post("/intake/" + link.token()), "no")).andExpect(status().isOk());

		Screening current = screens.current(client.id()).orElseThrow();
		assertThat(current.source()).isEqualTo("CLIENT_LINK");
		assertThat(current.findings()).extracting(Screening.Finding::item).containsExactly("acute-injury", "endangerment-sites");
		Screening.Finding injury = current.findings().get(0);
		assertThat(injury.places()).containsExactly(new IntakeAnswers.Place("calf", "left"));
		assertThat(injury.detail()).isEqualTo("Strained calf on Saturday");
		mvc.perform(get("/clients/" + client.id()).with(TestUsers.as(Role.THERAPIST)))
			.andExpect(content().string(containsString("Treat, but avoid the areas below")))
			.andExpect(content().string(not(containsString("No contraindications found"))));
	}

	@Test
	void aClientsYesIsAddedToTheFindingsAndKeepsTheirAreas() {
		List<IntakeAnswers.Place> calf = List.of(new IntakeAnswers.Place("calf", "left"));
		List<Screening.Finding> current = List.of(new Screening.Finding("acute-injury", calf, "Strained calf"),
				new Screening.Finding("endangerment-sites", List.of(), null));
		java.util.Map<String, IntakeAnswers.ScreeningAnswer> answers = new java.util.LinkedHashMap<>();
		answers.put("acute-injury", new IntakeAnswers.ScreeningAnswer(true, "Still swollen"));
		answers.put("recent-surgery", new IntakeAnswers.ScreeningAnswer(true, "Knee operation"));
		answers.put("dvt-or-pe", new IntakeAnswers.ScreeningAnswer(false, null));

		List<Screening.Finding> merged = IntakeForms.merge(current, answers);

		assertThat(merged).containsExactly(new Screening.Finding("acute-injury", calf, "Strained calf; Still swollen"),
				new Screening.Finding("endangerment-sites", List.of(), null),
				new Screening.Finding("recent-surgery", List.of(), "Knee operation"));
		answers.put("acute-injury", new IntakeAnswers.ScreeningAnswer(true, "still swollen"));
		assertThat(IntakeForms.merge(merged, answers)).isEqualTo(merged);
	}

	@Test
	void theNpiCheckDigitIsVerified() {
		assertThat(PrescriptionBook.validNpi("1234567893")).isTrue();
		assertThat(PrescriptionBook.validNpi("1234567890")).isFalse();
	}

	private MockHttpServletRequestBuilder answers(MockHttpServletRequestBuilder request, String clotAnswer) {
		return answers(request, clotAnswer, "6", "neck-side|right").param("p0.onset", "2020-01-01");
	}

	private MockHttpServletRequestBuilder answers(MockHttpServletRequestBuilder request, String clotAnswer, String now,
			String place) {
		request.with(csrf())
			.param("p0.description", "Stiff neck after desk work")
			.param("p0.place0", place)
			.param("p0.now", now);
		for (Contraindications.Item item : contraindications.items()) {
			if (item.clientFacing()) {
				request.param("screen." + item.id(), item.id().equals("recent-surgery") ? clotAnswer : "no");
			}
		}
		return request;
	}

	private Client client() {
		return clients.register(new ClientDetails("Grete", "Lindholm" + System.nanoTime(), null, LocalDate.of(1979, 5, 4),
				null, "+46 70 123 4567", null, null, null, null, PreferredContact.PHONE, null));
	}

	private long intakes(Client client) {
		return jdbc.sql("SELECT count(*) FROM intake_form WHERE client_id = ?").param(client.id().id()).query(Long.class).single();
	}

}
