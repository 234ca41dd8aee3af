package org.tonus.treatment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tonus.client.Client;
import org.tonus.client.ClientDetails;
import org.tonus.client.ClientRegistry;
import org.tonus.client.PreferredContact;
import org.tonus.intake.ContraindicationScreens;
import org.tonus.intake.IntakeAnswers;
import org.tonus.intake.Screening;
import org.tonus.support.IntegrationTest;
import org.tonus.support.TestUsers;
import org.tonus.system.ClinicProfiles;
import org.tonus.system.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class TreatmentTests extends IntegrationTest {

	@Autowired
	ClientRegistry clients;

	@Autowired
	ContraindicationScreens screens;

	@Autowired
	ClinicProfiles clinics;

	private final RequestPostProcessor therapist = TestUsers.as(Role.THERAPIST);

	@Test
	void thePlanIsProposedFromTheAssessmentCheckedAndSteppedDown() throws Exception {
		Client client = client();
		assessed(client);
		mvc.perform(get("/clients/" + client.id() + "/plan").with(therapist))
			.andExpect(redirectedUrlPattern("/clients/*/plan/edit"));
		mvc.perform(get("/clients/" + client.id() + "/plan/edit").with(therapist))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pain in Temple (right), 7/10")))
			.andExpect(content().string(containsString("Worst pain from 7 to 3 or less")))
			.andExpect(content().string(containsString("Rotation from 30° to 60°")))
			.andExpect(content().string(containsString("value=\"upper-trapezius#0|right\"")));

		mvc.perform(post("/clients/" + client.id() + "/plan").with(therapist).with(csrf()).param("problems", " ")
			.param("goal0.measure", "PAIN").param("goal0.description", "Less pain").param("goal0.baseline", "12")
			.param("goal0.target", "3").param("target", "upper-trapezius#0|right")
			.param("tech.upper-trapezius#0|right", "ISCHEMIC_COMPRESSION").param("phase0.interval", "WEEKLY")
			.param("phase0.visits", "0").param("reEvaluationOn", "2001-01-01"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Name at least one problem.")))
			.andExpect(content().string(containsString("Pain is a whole number from 0 to 10.")))
			.andExpect(content().string(containsString("Visits are a whole number from 1 to 52")))
			.andExpect(content().string(containsString("The re-evaluation date is in the past.")));
		assertThat(plans(client)).isZero();

		mvc.perform(plannedIn4Weeks(client)).andExpect(redirectedUrlPattern("/clients/*/plan"));
		mvc.perform(get("/clients/" + client.id() + "/plan").with(therapist))
			.andExpect(content().string(containsString("Worst pain from 7 to 3 or less: from 7 to 3/10 or less")))
			.andExpect(content().string(containsString("weekly for 4 visits")))
			.andExpect(content().string(containsString("Ischemic compression")));
		mvc.perform(post("/clients/" + client.id() + "/plan/step").with(therapist).with(csrf()).param("direction", "down"));
		mvc.perform(get("/clients/" + client.id()).with(therapist))
			.andExpect(content().string(containsString("every two weeks for 4 visits")));
		assertThat(plans(client)).isEqualTo(2);
	}

	@Test
	void anyPointCanBeTreatedAndAnOpenSessionIsOnlyContinuedOnItsOwnDay() throws Exception {
		Client client = client();
		assessed(client);
		mvc.perform(plannedIn4Weeks(client));
		String session = start(client);
		mvc.perform(get(session).with(therapist).param("point", "levator-scapulae#0").param("side", "left"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"point\" value=\"levator-scapulae#0\"")))
			.andExpect(content().string(containsString("name=\"side\" value=\"left\"")));
		mvc.perform(apply(session, "levator-scapulae#0", "left", "ISCHEMIC_COMPRESSION").param("holdSeconds", "20")
			.param("pressure", "2")).andExpect(status().is3xxRedirection());
		mvc.perform(get(session).with(therapist)).andExpect(content().string(containsString("Levator scapulae")));
		assertThat(start(client)).isEqualTo(session);

		jdbc.sql("UPDATE treatment_session SET visit_date = visit_date - 7 WHERE id = ?").param(id(session)).update();
		assertThat(start(client)).isNotEqualTo(session);
	}

	@Test
	void theChartSaysWhenReEvaluationIsDue() throws Exception {
		Client client = client();
		mvc.perform(plan(client).param("reEvaluationOn", clinics.today().toString()));
		mvc.perform(get("/clients/" + client.id()).with(therapist))
			.andExpect(content().string(containsString("Re-evaluation due")));
	}

	@Test
	void aSessionRecordsDosesRefusesAbsurdOnesAndDraftsTheNote() throws Exception {
		Client client = client();
		assessed(client);
		mvc.perform(plannedIn4Weeks(client));
		String session = start(client);
		mvc.perform(get(session).with(therapist)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Upper trapezius: Upper fibres, mid-belly")));

		mvc.perform(apply(session, "upper-trapezius#0", "ISCHEMIC_COMPRESSION").param("holdSeconds", "-5")
			.param("pressure", "3").param("discomfort", "11"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("A hold lasts from 1 second to 10 minutes.")))
			.andExpect(content().string(containsString("Choose a number from 0 to 10.")));
		mvc.perform(apply(session, "upper-trapezius#0", "ISCHEMIC_COMPRESSION").param("holdSeconds", "7200").param("pressure", "3"))
			.andExpect(status().isBadRequest());
		mvc.perform(apply(session, "made-up-muscle#0", "ISCHEMIC_COMPRESSION").param("holdSeconds", "20").param("pressure", "3"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose a trigger point from the list.")));
		assertThat(applications(session)).isZero();

		mvc.perform(apply(session, "upper-trapezius#0", "ISCHEMIC_COMPRESSION").param("holdSeconds", "20")
			.param("repetitions", "2").param("pressure", "3").param("contact", "THUMB").param("discomfort", "6")
			.param("release", "YES"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(apply(session, "upper-trapezius#0", "POST_ISOMETRIC_RELAXATION").param("contractionSeconds", "7")
			.param("effortPercent", "20").param("relaxationSeconds", "5").param("cycles", "3").param("romBefore", "30")
			.param("romAfter", "50"))
			.andExpect(status().is3xxRedirection());
		assertThat(applications(session)).isEqualTo(2);

		String note = mvc.perform(post(session + "/finish").with(therapist).with(csrf()).param("painAfter", "3"))
			.andExpect(redirectedUrlPattern("/clients/*/notes/*"))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(note).with(therapist))
			.andExpect(content().string(containsString("Neck stiff after a long week at the laptop")))
			.andExpect(content().string(containsString("ischemic compression 2 × 20 s, pressure 3/5, thumb, discomfort 6/10, released")))
			.andExpect(content().string(containsString("post-isometric relaxation 3 cycles, 7 s contraction at 20% effort")))
			.andExpect(content().string(containsString("Pain 7/10 before, 3/10 after treatment.")))
			.andExpect(content().string(containsString("Worst pain from 7 to 3 or less: met (now 3/10)")))
			.andExpect(content().string(containsString("Home care: self-care for Upper trapezius.")));
		mvc.perform(apply(session, "upper-trapezius#0", "ISCHEMIC_COMPRESSION").param("holdSeconds", "20").param("pressure", "3"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theScreenAsksForAnOverrideOrBlocks() throws Exception {
		Client client = client();
		screens.record(client.id(), List.of(new Screening.Finding("anticoagulant-medication", List.of(), "warfarin"),
				new Screening.Finding("dvt-or-pe", List.of(new IntakeAnswers.Place("calf", "left")), null)), null, "STAFF");
		String session = start(client);
		mvc.perform(apply(session, "upper-trapezius#0", "ISCHEMIC_COMPRESSION").param("holdSeconds", "20").param("pressure", "4"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Override and record")));
		assertThat(applications(session)).isZero();
		mvc.perform(apply(session, "upper-trapezius#0", "ISCHEMIC_COMPRESSION").param("holdSeconds", "20").param("pressure", "4")
			.param("overrideReason", "INR checked today, in range; physician agrees"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(apply(session, "upper-trapezius#0", "ISCHEMIC_COMPRESSION").param("holdSeconds", "20").param("pressure", "2"))
			.andExpect(status().is3xxRedirection());
		assertThat(applications(session)).isEqualTo(2);

		mvc.perform(apply(session, "gastrocnemius#0", "left", "ISCHEMIC_COMPRESSION").param("holdSeconds", "20").param("pressure", "1")
			.param("overrideReason", "I am sure"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("forbids treating this area")));
		mvc.perform(apply(session, "gastrocnemius#0", "ISCHEMIC_COMPRESSION").param("holdSeconds", "20").param("pressure", "1")
			.param("overrideReason", ""))
			.andExpect(status().is3xxRedirection());
		assertThat(applications(session)).isEqualTo(3);
		assertThat(jdbc.sql("SELECT count(*) FROM identity_audit_event WHERE action = 'session.override' AND target_id = ?")
			.param(id(session).toString()).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM identity_audit_event WHERE action = 'session.apply' AND outcome = 'DENIED' AND target_id = ?")
			.param(id(session).toString()).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void somethingThatStopsTreatmentNeedsAReasonToStart() throws Exception {
		Client client = client();
		screens.record(client.id(), List.of(new Screening.Finding("fever-acute-infection", List.of(), null)), null, "STAFF");
		mvc.perform(post("/clients/" + client.id() + "/sessions").with(therapist).with(csrf()).param("painBefore", "5"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Say why treatment goes ahead")));
		assertThat(jdbc.sql("SELECT count(*) FROM treatment_session WHERE client_id = ?").param(client.id().id())
			.query(Long.class).single()).isZero();
		mvc.perform(post("/clients/" + client.id() + "/sessions").with(therapist).with(csrf()).param("painBefore", "5")
			.param("overrideReason", "Fever gone for three days"))
			.andExpect(redirectedUrlPattern("/clients/*/sessions/*"));
	}

	@Test
	void onlyTherapistsAndOwnersPlanAndTreat() throws Exception {
		Client client = client();
		String session = start(client);
		for (Role role : new Role[] { Role.FRONT_DESK, Role.BILLING, Role.CLIENT }) {
			RequestPostProcessor user = TestUsers.as(role);
			mvc.perform(get("/clients/" + client.id() + "/plan").with(user)).andExpect(status().isForbidden());
			mvc.perform(get("/clients/" + client.id() + "/plan/edit").with(user)).andExpect(status().isForbidden());
			mvc.perform(post("/clients/" + client.id() + "/plan").with(user).with(csrf())).andExpect(status().isForbidden());
			mvc.perform(post("/clients/" + client.id() + "/plan/step").with(user).with(csrf())).andExpect(status().isForbidden());
			mvc.perform(get("/clients/" + client.id() + "/sessions/new").with(user)).andExpect(status().isForbidden());
			mvc.perform(post("/clients/" + client.id() + "/sessions").with(user).with(csrf())).andExpect(status().isForbidden());
			mvc.perform(get(session).with(user)).andExpect(status().isForbidden());
			mvc.perform(post(session + "/applications").with(user).with(csrf())).andExpect(status().isForbidden());
			mvc.perform(post(session + "/finish").with(user).with(csrf())).andExpect(status().isForbidden());
		}
		mvc.perform(get(session.replace(client.id().toString(), client().id().toString())).with(therapist))
			.andExpect(status().isNotFound());
	}

	private String assessed(Client client) throws Exception {
		String assessment = mvc.perform(post("/clients/" + client.id() + "/assessments").with(therapist).with(csrf()))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(post(assessment + "/drawing").with(therapist).with(csrf())
			.param("drawing", "{\"marks\": [{\"region\": \"temple\", \"side\": \"right\", \"intensity\": 7}]}"));
		mvc.perform(post(assessment + "/findings").with(therapist).with(csrf()).param("point", "upper-trapezius#0")
			.param("side", "right").param("state", "ACTIVE").param("tenderness", "7"));
		mvc.perform(post(assessment + "/ranges").with(therapist).with(csrf()).param("movement", "cervical.rotation")
			.param("side", "left").param("measured", "30"));
		return assessment;
	}

	private MockHttpServletRequestBuilder plannedIn4Weeks(Client client) {
		return plan(client).param("reEvaluationOn", clinics.today().plusWeeks(4).toString());
	}

	private MockHttpServletRequestBuilder plan(Client client) {
		return post("/clients/" + client.id() + "/plan").with(therapist).with(csrf())
			.param("problems", "Pain in Temple (right), 7/10")
			.param("goal0.measure", "PAIN").param("goal0.description", "Worst pain from 7 to 3 or less")
			.param("goal0.baseline", "7").param("goal0.target", "3")
			.param("target", "upper-trapezius#0|right")
			.param("tech.upper-trapezius#0|right", "ISCHEMIC_COMPRESSION", "POST_ISOMETRIC_RELAXATION")
			.param("phase0.interval", "WEEKLY").param("phase0.visits", "4")
			.param("phase1.interval", "FORTNIGHTLY").param("phase1.visits", "4")
			.param("phase2.interval", "MONTHLY");
	}

	private String start(Client client) throws Exception {
		return mvc.perform(post("/clients/" + client.id() + "/sessions").with(therapist).with(csrf()).param("painBefore", "7")
			.param("report", "Neck stiff after a long week at the laptop"))
			.andExpect(redirectedUrlPattern("/clients/*/sessions/*"))
			.andReturn().getResponse().getRedirectedUrl();
	}

	private MockHttpServletRequestBuilder apply(String session, String point, String technique) {
		return apply(session, point, "right", technique);
	}

	private MockHttpServletRequestBuilder apply(String session, String point, String side, String technique) {
		return post(session + "/applications").with(therapist).with(csrf()).param("point", point).param("side", side)
			.param("technique", technique);
	}

	private long plans(Client client) {
		return jdbc.sql("SELECT count(*) FROM treatment_plan WHERE client_id = ?").param(client.id().id()).query(Long.class)
			.single();
	}

	private long applications(String session) {
		return jdbc.sql("SELECT count(*) FROM treatment_application WHERE session_id = ?").param(id(session))
			.query(Long.class).single();
	}

	private static UUID id(String url) {
		String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
		return UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
	}


	private Client client() {
		return clients.register(new ClientDetails("Ines", "Varga" + System.nanoTime(), null, LocalDate.of(1975, 11, 2), null,
				"+36 1 234 5678", null, null, null, null, PreferredContact.PHONE, null));
	}

}
