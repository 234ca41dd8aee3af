package org.tonus.homecare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tonus.assessment.AssessmentId;
import org.tonus.assessment.Assessments;
import org.tonus.assessment.FindingRequest;
import org.tonus.assessment.RangeRequest;
import org.tonus.charting.SoapNote;
import org.tonus.charting.SoapNotes;
import org.tonus.client.ClientId;
import org.tonus.client.ClientRegistry;
import org.tonus.client.ClientSummary;
import org.tonus.identity.DemoClinicCreated;
import org.tonus.intake.IntakeAnswers;
import org.tonus.intake.IntakeForms;
import org.tonus.referral.Analysis;
import org.tonus.referral.Candidate;
import org.tonus.referral.PainDrawing;
import org.tonus.referral.PainMark;
import org.tonus.system.ClinicProfiles;
import org.tonus.treatment.ApplicationRequest;
import org.tonus.treatment.PlanRequest;
import org.tonus.treatment.SessionId;
import org.tonus.treatment.TreatmentPlans;
import org.tonus.treatment.TreatmentSessions;

/**
 * Gives the demo clinic's first clients a worked visit, as the owner would record it: the pain
 * drawing from their questionnaire, palpation of the engine's first two candidates, a plan, a
 * session with doses, the signed SOAP note drafted from it, and a home-care program sent as a link
 * (with adherence recorded for one). All of it invented.
 */
@Component
class DemoVisits {

	static final int CLIENTS_WITH_VISITS = 6;

	private final ClientRegistry clients;

	private final IntakeForms intakes;

	private final Assessments assessments;

	private final TreatmentPlans plans;

	private final TreatmentSessions sessions;

	private final SoapNotes notes;

	private final HomeCarePrograms programs;

	private final ClinicProfiles clinics;

	DemoVisits(ClientRegistry clients, IntakeForms intakes, Assessments assessments, TreatmentPlans plans,
			TreatmentSessions sessions, SoapNotes notes, HomeCarePrograms programs, ClinicProfiles clinics) {
		this.clients = clients;
		this.intakes = intakes;
		this.assessments = assessments;
		this.plans = plans;
		this.sessions = sessions;
		this.notes = notes;
		this.programs = programs;
		this.clinics = clinics;
	}

	@EventListener
	@Order(100)
	void on(DemoClinicCreated created) {
		created.asOwner(() -> {
			LocalDate lastWeek = clinics.today().minusDays(7);
			int visited = 0;
			for (ClientSummary summary : clients.search("", 0, 100, false).items()) {
				if (visited == CLIENTS_WITH_VISITS) {
					break;
				}
				IntakeAnswers answers = intakes.latest(summary.id()).map(IntakeForms.StoredIntake::answers).orElse(null);
				if (answers == null || answers.problems().isEmpty()) {
					continue;
				}
				visit(summary.id(), answers, lastWeek, visited);
				visited++;
			}
		});
	}

	private void visit(ClientId client, IntakeAnswers answers, LocalDate date, int n) {
		IntakeAnswers.ProblemArea problem = answers.problems().get(0);
		List<PainMark> marks = new ArrayList<>();
		int pain = problem.painNow() == null ? 6 : Math.max(1, problem.painNow());
		for (IntakeAnswers.Place place : problem.places()) {
			marks.add(new PainMark(place.region(), org.tonus.knowledge.Side.parse(place.side()), Math.max(1, pain - marks.size())));
		}
		AssessmentId assessment = assessments.forVisit(client, date);
		Analysis analysis = assessments.saveDrawing(client, assessment, new PainDrawing(marks, Set.copyOf(answers.activities())));
		List<Candidate> palpated = analysis.candidates().stream().limit(2).toList();
		for (Candidate candidate : palpated) {
			assessments.recordFinding(client, assessment, new FindingRequest(candidate.muscle() + "#0", candidate.side().id(),
					candidate == palpated.get(0) ? "ACTIVE" : "LATENT", true, n % 2 == 0, candidate == palpated.get(0),
					null, String.valueOf(candidate == palpated.get(0) ? 7 : 4), candidate == palpated.get(0) ? "3.4" : "4.2", ""));
		}
		if (problem.places().stream().anyMatch(place -> place.region().startsWith("neck") || place.region().equals("temple"))) {
			assessments.recordRange(client, assessment, new RangeRequest("cervical.rotation", "left", "45", true));
		}
		List<PlanRequest.TargetRow> targets = palpated.stream()
			.map(candidate -> new PlanRequest.TargetRow(candidate.muscle() + "#0", candidate.side().id(),
					List.of("ISCHEMIC_COMPRESSION", "POST_ISOMETRIC_RELAXATION")))
			.toList();
		plans.save(client, new PlanRequest(assessment.id(), problem.description(),
				List.of(new PlanRequest.GoalRow("PAIN", "Worst pain from " + pain + " to 3 or less", null, String.valueOf(pain), "3")),
				targets, List.of(new PlanRequest.PhaseRow("WEEKLY", "4"), new PlanRequest.PhaseRow("FORTNIGHTLY", "4"),
						new PlanRequest.PhaseRow("MONTHLY", null)),
				date.plusWeeks(4).toString()));
		SessionId session;
		try {
			session = sessions.start(client, date, "Pain since " + problem.onset() + "; " + problem.description().toLowerCase(),
					String.valueOf(pain), "Demo clinic: screen reviewed with the client");
		}
		catch (TreatmentSessions.ContraindicationStop stop) {
			return;
		}
		for (Candidate candidate : palpated) {
			record(client, session, candidate, "ISCHEMIC_COMPRESSION");
		}
		record(client, session, palpated.get(0), "POST_ISOMETRIC_RELAXATION");
		SoapNote draft = sessions.finish(client, session, String.valueOf(Math.max(0, pain - 3)),
				"Review the home-care program at the next visit.");
		notes.sign(client, draft.id(), draft.draftVersion());
		HomeCareProgram program = programs.propose(client);
		programs.send(client, program.id(), "http://localhost:8080", false);
		if (n == 0) {
			programs.recordAdherence(client, program.id(), "MOST_DAYS", "Forgot the stretches at weekends");
		}
	}

	private void record(ClientId client, SessionId session, Candidate candidate, String technique) {
		boolean pir = technique.equals("POST_ISOMETRIC_RELAXATION");
		try {
			sessions.record(client, session, new ApplicationRequest(candidate.muscle() + "#0", candidate.side().id(), technique,
					pir ? null : "25", pir ? null : "2", pir ? null : "3", pir ? null : "THUMB", "6", "YES", pir ? "7" : null,
					pir ? "20" : null, pir ? "5" : null, pir ? "3" : null, pir ? "40" : null, pir ? "55" : null, "", null));
		}
		catch (TreatmentSessions.ContraindicationStop stop) {
			// the demo skips a point its screen flags, as a careful therapist would
		}
	}

}
