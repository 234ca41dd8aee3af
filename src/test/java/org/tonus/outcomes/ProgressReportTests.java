package org.tonus.outcomes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tonus.assessment.AssessmentId;
import org.tonus.assessment.Assessments;
import org.tonus.assessment.FindingRequest;
import org.tonus.client.ClientDetails;
import org.tonus.client.ClientId;
import org.tonus.client.ClientRegistry;
import org.tonus.identity.UserId;
import org.tonus.intake.Prescription;
import org.tonus.intake.PrescriptionBook;
import org.tonus.support.MailIntegrationTest;
import org.tonus.support.TestUsers;
import org.tonus.system.Role;
import org.tonus.treatment.TreatmentSessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ProgressReportTests extends MailIntegrationTest {

	@Autowired
	ClientRegistry clients;

	@Autowired
	Measures measures;

	@Autowired
	Assessments assessments;

	@Autowired
	PrescriptionBook prescriptions;

	@Autowired
	TreatmentSessions sessions;

	@Autowired
	ProgressReports reports;

	@Autowired
	JdbcClient jdbc;

	private final UserId therapist = UserId.random();

	@Test
	void aClientWithoutDataGetsAClearMessageAndNothingIsStored() throws Exception {
		ClientId client = clients.register(ClientDetails.named("Nadia", "Nodata" + System.nanoTime())).id();
		mvc.perform(get("/clients/" + client + "/report").with(TestUsers.as(therapist, Set.of(Role.THERAPIST))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nothing to report yet")));
		mvc.perform(post("/clients/" + client + "/reports").param("recommendation", "Continue")
			.with(TestUsers.as(therapist, Set.of(Role.THERAPIST)))
			.with(csrf())).andExpect(status().isBadRequest());
		assertThat(stored(client)).isZero();
	}

	@Test
	void theTherapistSignsTheReportAndItReachesThePrescriberAsAPdf() throws Exception {
		ClientId client = clients.register(new ClientDetails("Rhea", "Report" + System.nanoTime(), null, LocalDate.of(1980, 3, 4),
				"rhea@example.test", null, null, null, null, null, null, null)).id();
		LocalDate start = LocalDate.now().minusDays(35);
		Prescription prescription = prescriptions.add(client, new PrescriptionBook.Request("Dr Lane", null, "Lane Practice",
				"dr.lane@practice.test", start, List.of("M54.2"), 10, "weekly", null, ""));
		measures.record(client, "nrs-pain", Map.of("pain", 7), start, Measures.Source.STAFF, "");
		measures.record(client, "nrs-pain", Map.of("pain", 3), LocalDate.now(), Measures.Source.STAFF, "");
		as(() -> {
			AssessmentId first = assessments.forVisit(client, start);
			assessments.recordFinding(client, first, new FindingRequest("upper-trapezius#0", "right", "ACTIVE", true, false, true, null,
					null, "2.0", ""));
			AssessmentId latest = assessments.forVisit(client, LocalDate.now().minusDays(1));
			assessments.recordFinding(client, latest, new FindingRequest("upper-trapezius#0", "right", "LATENT", true, false, false, null,
					null, "3.5", ""));
			for (LocalDate day : List.of(start, start.plusDays(7))) {
				var session = sessions.start(client, day, "Neck pain", "6", "Screen reviewed");
				sessions.finish(client, session, "4", "");
				prescriptions.recordVisit(client, prescription.id(), day);
			}
			return null;
		});

		mvc.perform(get("/clients/" + client + "/report").with(TestUsers.as(therapist, Set.of(Role.THERAPIST))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Visits used: 2 of 10 authorised")))
			.andExpect(content().string(containsString("Pain (NRS) improved from 7 to 3: a clinically important change.")));
		mvc.perform(post("/clients/" + client + "/reports").param("recommendation", " ")
			.with(TestUsers.as(therapist, Set.of(Role.THERAPIST)))
			.with(csrf())).andExpect(status().isBadRequest()).andExpect(content().string(containsString("Please fill this in.")));
		assertThat(stored(client)).isZero();

		mvc.perform(post("/clients/" + client + "/reports").param("recommendation", "Continue fortnightly for four visits.")
			.with(TestUsers.as(therapist, Set.of(Role.THERAPIST)))
			.with(csrf())).andExpect(status().is3xxRedirection());
		List<ProgressReports.Signed> signed = as(() -> reports.of(client));
		assertThat(signed).singleElement().satisfies(report -> assertThat(report.signedByName()).isNotBlank());
		byte[] pdf = mvc.perform(get("/clients/" + client + "/reports/" + signed.get(0).id() + "/pdf")
			.with(TestUsers.as(therapist, Set.of(Role.THERAPIST)))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		String text = pdfText(pdf).replaceAll("\\s+", " ");
		assertThat(text).contains("Progress report", "M54.2", "Visits used: 2 of 10 authorised",
				"Pain (NRS) improved from 7 to 3: a clinically important change.", "Upper trapezius TP1, right threshold improved from 2 to 3.5",
				"Continue fortnightly for four visits.", "Signed by");

		mvc.perform(post("/clients/" + client + "/reports/" + signed.get(0).id() + "/send").param("recipient", "OTHER")
			.param("address", "not an address")
			.with(TestUsers.as(therapist, Set.of(Role.THERAPIST)))
			.with(csrf())).andExpect(flash().attribute("sendError", "Please give an e-mail address."));
		mvc.perform(post("/clients/" + client + "/reports/" + signed.get(0).id() + "/send").param("recipient", "PRESCRIBER")
			.with(TestUsers.as(therapist, Set.of(Role.THERAPIST)))
			.with(csrf())).andExpect(flash().attribute("notice", "The report was sent."));
		MimeMessage message = received("dr.lane@practice.test").get(0);
		assertThat(message.getSubject()).endsWith("progress report");
		assertThat(attachedPdfText(message)).isEqualTo(pdfText(pdf));
		assertThat(as(() -> reports.of(client)).get(0).sent()).singleElement()
			.satisfies(sent -> assertThat(sent.recipient()).isEqualTo(ProgressReports.Recipient.PRESCRIBER));
		assertThat(jdbc.sql("SELECT count(*) FROM identity_audit_event WHERE action = 'progress-report.send' AND target_id = ?")
			.param(client.toString()).query(Integer.class).single()).isEqualTo(1);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("UPDATE outcomes_report SET recommendation = 'changed' WHERE client_id = ?")
			.param(client.id()).update()).as("a signed report is final").isInstanceOf(org.springframework.dao.DataAccessException.class);
		assertThat(stored(client)).isEqualTo(1);
	}

	private int stored(ClientId client) {
		return jdbc.sql("SELECT count(*) FROM outcomes_report WHERE client_id = ?").param(client.id()).query(Integer.class).single();
	}

	private <T> T as(Supplier<T> work) {
		return TestUsers.signedIn(therapist, Set.of(Role.THERAPIST), work);
	}

}
