package org.tonus.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.tonus.assessment.Assessment;
import org.tonus.assessment.AssessmentId;
import org.tonus.assessment.PalpationFinding;
import org.tonus.assessment.RangeOfMotion;
import org.tonus.assessment.RomNormals;
import org.tonus.assessment.TriggerPointState;
import org.tonus.charting.SoapText;
import org.tonus.client.ClientId;
import org.tonus.knowledge.KnowledgeBase;
import org.tonus.knowledge.Muscle;
import org.tonus.knowledge.Side;
import org.tonus.referral.PainMark;
import org.tonus.treatment.Application;
import org.tonus.treatment.Contact;
import org.tonus.treatment.PlanId;
import org.tonus.treatment.Release;
import org.tonus.treatment.SessionId;
import org.tonus.treatment.SessionNoteDraft;
import org.tonus.treatment.Technique;
import org.tonus.treatment.TreatmentPlan;
import org.tonus.treatment.TreatmentSession;

import tools.jackson.databind.json.JsonMapper;

/** Drafting the SOAP note of a 30-point session with its assessment and plan (target: at most 50 ms). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SoapDraftBenchmark {

	private SessionNoteDraft drafts;

	private TreatmentSession session;

	private Assessment assessment;

	private TreatmentPlan plan;

	@Setup
	public void setUp() {
		KnowledgeBase knowledge = KnowledgeBase.load();
		drafts = new SessionNoteDraft(knowledge, new RomNormals(JsonMapper.builder().build()));
		ClientId client = new ClientId(UUID.randomUUID());
		List<Muscle> muscles = new ArrayList<>(knowledge.muscles());
		List<Application> applications = new ArrayList<>();
		List<PalpationFinding> findings = new ArrayList<>();
		Technique[] techniques = Technique.values();
		for (int i = 0; i < 30; i++) {
			Muscle muscle = muscles.get(i * 3 % muscles.size());
			String side = i % 2 == 0 ? "right" : "left";
			Technique technique = techniques[i % techniques.length];
			applications.add(new Application(UUID.randomUUID(), i + 1, muscle.id(), 0, side, technique,
					technique == Technique.POST_ISOMETRIC_RELAXATION ? null : 20 + i % 10, 2, 3, Contact.THUMB, 5 + i % 3,
					Release.values()[i % 3],
					technique == Technique.POST_ISOMETRIC_RELAXATION ? new Application.Pir(7, 20, 5, 3, 40, 55) : null,
					i % 5 == 0 ? "client breathed through it" : "", null, Instant.now()));
			findings.add(new PalpationFinding(UUID.randomUUID(), muscle.id(), 0, side,
					i % 3 == 0 ? TriggerPointState.LATENT : TriggerPointState.ACTIVE, true, i % 2 == 0, i % 4 == 0, null, 6,
					i % 4 == 0 ? new BigDecimal("2.5") : null, "", Instant.now()));
		}
		session = new TreatmentSession(new SessionId(UUID.randomUUID()), client, new PlanId(UUID.randomUUID()), null,
				LocalDate.now(), "Neck and shoulders stiff after a week of long days at the laptop.", 7, 3, "", Instant.now(),
				Instant.now(), null, applications, List.of());
		assessment = new Assessment(new AssessmentId(UUID.randomUUID()), client, LocalDate.now(),
				List.of(new PainMark("temple", Side.RIGHT, 7), new PainMark("neck-side", Side.RIGHT, 5)), Set.of("typing"),
				List.of(), "Head forward, right shoulder high", findings,
				List.of(), List.of(new RangeOfMotion(UUID.randomUUID(), "cervical", "rotation", "left", 45, true, Instant.now())),
				1, Instant.now());
		plan = new TreatmentPlan(new PlanId(UUID.randomUUID()), client, null, List.of("Neck pain"),
				List.of(new TreatmentPlan.Goal(TreatmentPlan.Goal.Measure.PAIN, "Neck pain from 7 to 3 or less", null, 7, 3),
						new TreatmentPlan.Goal(TreatmentPlan.Goal.Measure.RANGE, "Head rotation to 60°", "cervical.rotation", 45, 60)),
				List.of(new TreatmentPlan.Target("upper-trapezius", 0, "right", EnumSet.of(Technique.ISCHEMIC_COMPRESSION))),
				List.of(new TreatmentPlan.Phase(TreatmentPlan.Phase.Interval.WEEKLY, 4)), 0, LocalDate.now().plusWeeks(4),
				Instant.now(), "Bench");
	}

	@Benchmark
	public SoapText draftThirtyPointSession() {
		return drafts.draft(session, assessment, plan);
	}

}
