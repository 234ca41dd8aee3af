package org.tonus.outcomes;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tonus.assessment.Assessment;
import org.tonus.assessment.Assessments;
import org.tonus.assessment.RomNormals;
import org.tonus.client.Client;
import org.tonus.client.ClientId;
import org.tonus.client.ClientRegistry;
import org.tonus.intake.Icd10Catalog;
import org.tonus.intake.Prescription;
import org.tonus.intake.PrescriptionBook;
import org.tonus.knowledge.KnowledgeBase;
import org.tonus.system.ClinicProfile;
import org.tonus.system.ClinicProfiles;
import org.tonus.treatment.Technique;
import org.tonus.treatment.TreatmentPlan;
import org.tonus.treatment.TreatmentPlans;
import org.tonus.treatment.TreatmentSummaries;
import org.tonus.treatment.TreatmentSummary;

/**
 * Gathers a progress report from the chart: the prescription and its diagnoses, the finished visits
 * and doses, every measure from baseline to latest with its verdict (questionnaires, pressure-pain
 * thresholds, ranges of motion, pain extent), the plan's goals against the latest values, and a
 * recommendation to start from, which the therapist rewrites as they see fit.
 */
@Component
public class ProgressReportDrafts {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private final ClientRegistry clients;

	private final ClinicProfiles clinics;

	private final Measures measures;

	private final Assessments assessments;

	private final TreatmentSummaries treatments;

	private final TreatmentPlans plans;

	private final PrescriptionBook prescriptions;

	private final Icd10Catalog icd10;

	private final KnowledgeBase knowledge;

	private final RomNormals normals;

	ProgressReportDrafts(ClientRegistry clients, ClinicProfiles clinics, Measures measures, Assessments assessments,
			TreatmentSummaries treatments, TreatmentPlans plans, PrescriptionBook prescriptions, Icd10Catalog icd10,
			KnowledgeBase knowledge, RomNormals normals) {
		this.clients = clients;
		this.clinics = clinics;
		this.measures = measures;
		this.assessments = assessments;
		this.treatments = treatments;
		this.plans = plans;
		this.prescriptions = prescriptions;
		this.icd10 = icd10;
		this.knowledge = knowledge;
		this.normals = normals;
	}

	@Transactional
	public ProgressReport draft(ClientId clientId) {
		Client client = clients.get(clientId);
		LocalDate today = clinics.today();
		TreatmentSummary treatment = treatments.of(clientId, null);
		List<Assessment> visits = assessments.withMeasurements(clientId);
		List<Measures.Measurement> history = measures.history(clientId, null);
		Optional<TreatmentPlan> plan = plans.current(clientId);
		List<Prescription> all = prescriptions.of(clientId);
		Prescription prescription = all.stream().filter(p -> !p.expired(today)).findFirst().orElse(all.isEmpty() ? null : all.get(0));

		List<ProgressReport.Outcome> outcomes = new ArrayList<>(questionnaires(history));
		List<PhysicalMeasures.Series> physical = Stream.of(PhysicalMeasures.painExtent(visits, knowledge),
				PhysicalMeasures.pressureThresholds(visits, knowledge), PhysicalMeasures.ranges(visits, normals))
			.flatMap(List::stream)
			.toList();
		physical.forEach(series -> outcomes.add(outcome(series)));

		LocalDate from = Stream.concat(treatment.visits().stream().map(TreatmentSummary.Visit::on),
				Stream.concat(history.stream().map(Measures.Measurement::on), visits.stream().map(Assessment::visitDate)))
			.min(Comparator.naturalOrder())
			.orElse(today);
		return new ProgressReport(clinics.current().map(ClinicProfile::name).orElse("Tonus"),
				client.details().givenName() + " " + client.details().familyName(), client.details().dateOfBirth(), from, today,
				prescription,
				prescription == null ? List.of() : prescription.diagnoses().stream()
					.map(code -> new ProgressReport.Diagnosis(code, icd10.find(code).map(Icd10Catalog.Code::title).orElse("")))
					.toList(),
				treatment, treated(treatment), outcomes, drawing(visits, true), drawing(visits, false), goals(plan, history, physical), plan.map(TreatmentPlan::problems).orElse(List.of()),
				plan.map(ProgressReportDrafts::planText).orElse("No treatment plan is recorded."),
				recommendation(plan, history, outcomes));
	}

	/** The contact the latest prescription gives for its prescriber, or null. */
	String prescriberContact(ClientId client) {
		return prescriptions.of(client).stream().findFirst().map(p -> p.prescriber().contact()).orElse(null);
	}

	/** The first (or the latest, when there are two or more) visit's pain drawing, or null. */
	public ProgressReport.Drawing drawing(List<Assessment> visits, boolean first) {
		List<Assessment> drawn = visits.stream()
			.filter(visit -> !visit.marks().isEmpty())
			.sorted(Comparator.comparing(Assessment::visitDate))
			.toList();
		if (drawn.isEmpty() || (!first && drawn.size() < 2)) {
			return null;
		}
		Assessment visit = first ? drawn.get(0) : drawn.get(drawn.size() - 1);
		Map<String, Integer> marks = new LinkedHashMap<>();
		for (org.tonus.referral.PainMark mark : visit.marks()) {
			knowledge.region(mark.region())
				.ifPresent(region -> marks.merge(org.tonus.atlas.BodyMap.key(region, mark.side()), mark.intensity(), Math::max));
		}
		return new ProgressReport.Drawing(visit.visitDate(), marks);
	}

	private List<ProgressReport.Outcome> questionnaires(List<Measures.Measurement> history) {
		Map<String, List<Measures.Measurement>> groups = new LinkedHashMap<>();
		for (Measures.Measurement measurement : history) {
			groups.computeIfAbsent(measurement.instrument() + "|" + measurement.label(), key -> new ArrayList<>()).add(measurement);
		}
		List<ProgressReport.Outcome> outcomes = new ArrayList<>();
		for (List<Measures.Measurement> values : groups.values()) {
			Instrument instrument = measures.allInstruments().find(values.get(0).instrument()).orElse(null);
			if (instrument == null) {
				continue;
			}
			Measures.Measurement first = values.get(0);
			Measures.Measurement last = values.get(values.size() - 1);
			String what = first.label().isBlank() ? instrument.shortName() : first.label();
			Change change = Change.between(instrument, first.score(), last.score());
			outcomes.add(new ProgressReport.Outcome(instrument.name() + (first.label().isBlank() ? "" : " (" + first.label() + ")"),
					first.on(), ScoreText.of(first.score()), last.on(), ScoreText.of(last.score()),
					values.size() < 2 ? "Baseline only; no later measure yet." : change.sentence(what),
					values.size() > 1 ? change.badge() : null, threshold(instrument),
					instrument.threshold() == null ? null : instrument.threshold().source()));
		}
		return outcomes;
	}

	private static ProgressReport.Outcome outcome(PhysicalMeasures.Series series) {
		var points = series.points();
		String unit = series.unit().equals("%") || series.unit().equals("°") ? series.unit() : " " + series.unit();
		return new ProgressReport.Outcome(series.scale().name(), points.get(0).on(),
				ScoreText.of(points.get(0).value()) + unit, points.get(points.size() - 1).on(),
				ScoreText.of(points.get(points.size() - 1).value()) + unit, series.verdict(),
				points.size() > 1 ? series.change().badge() : null, "No MCID established", null);
	}

	static String threshold(Instrument instrument) {
		Instrument.Threshold threshold = instrument.threshold();
		if (threshold == null) {
			return "No MCID established";
		}
		String size = Stream.of(threshold.points() == null ? null : ScoreText.of(threshold.points()) + " points",
				threshold.percent() == null ? null : ScoreText.of(threshold.percent()) + "%")
			.filter(java.util.Objects::nonNull)
			.reduce((a, b) -> a + " or " + b)
			.orElse("");
		return threshold.kind().name() + " " + size;
	}

	private List<ProgressReport.TreatedMuscle> treated(TreatmentSummary treatment) {
		return treatment.doses().stream().map(dose -> {
			String muscle = knowledge.muscle(dose.muscle()).map(m -> m.name()).orElse(dose.muscle())
					+ (dose.side() == null || dose.side().isBlank() ? "" : ", " + dose.side());
			StringBuilder words = new StringBuilder(technique(dose.technique())).append(" ×").append(dose.applications())
				.append(" in ").append(dose.visits()).append(dose.visits() == 1 ? " visit" : " visits");
			if (dose.holdMedian() != null) {
				words.append(", hold ").append(dose.holdMedian()).append(" s");
				if (!dose.holdMin().equals(dose.holdMax())) {
					words.append(" (").append(dose.holdMin()).append("–").append(dose.holdMax()).append(" s)");
				}
			}
			if (dose.pressureMin() != null) {
				words.append(", pressure ").append(dose.pressureMin())
					.append(dose.pressureMin().equals(dose.pressureMax()) ? "" : "–" + dose.pressureMax()).append(" of 5");
			}
			if (dose.pirCycles() != null) {
				words.append(", ").append(dose.pirCycles()).append(" PIR cycles");
			}
			return new ProgressReport.TreatedMuscle(muscle, words.toString());
		}).toList();
	}

	private static String technique(Technique technique) {
		return switch (technique) {
			case ISCHEMIC_COMPRESSION -> "Ischemic compression";
			case MYOFASCIAL_RELEASE -> "Myofascial release";
			case POST_ISOMETRIC_RELAXATION -> "Post-isometric relaxation";
			case GLIDING -> "Gliding strokes";
		};
	}

	private static List<ProgressReport.GoalStatus> goals(Optional<TreatmentPlan> plan, List<Measures.Measurement> history,
			List<PhysicalMeasures.Series> physical) {
		if (plan.isEmpty()) {
			return List.of();
		}
		Double pain = history.stream()
			.filter(m -> m.instrument().equals("nrs-pain"))
			.reduce((a, b) -> b)
			.map(Measures.Measurement::score)
			.orElse(null);
		List<ProgressReport.GoalStatus> goals = new ArrayList<>();
		for (TreatmentPlan.Goal goal : plan.get().goals()) {
			String description = goal.description() == null || goal.description().isBlank() ? "Goal" : goal.description();
			switch (goal.measure()) {
				case PAIN -> goals.add(pain == null || goal.target() == null
						? new ProgressReport.GoalStatus(description, "no pain rating yet", false)
						: status(description, goal, pain.intValue(), "pain " + ScoreText.of(pain) + "/10"));
				case RANGE -> {
					Integer latest = physical.stream()
						.filter(series -> goal.movement() != null && (series.key().equals(goal.movement())
								|| series.key().startsWith(goal.movement() + ".")))
						.map(series -> (int) series.points().get(series.points().size() - 1).value())
						.min(Integer::compare)
						.orElse(null);
					goals.add(latest == null || goal.target() == null
							? new ProgressReport.GoalStatus(description, "not measured yet", false)
							: status(description, goal, latest, latest + "°"));
				}
				case OTHER -> goals.add(new ProgressReport.GoalStatus(description, "judged at the visit", false));
			}
		}
		return goals;
	}

	private static ProgressReport.GoalStatus status(String description, TreatmentPlan.Goal goal, int value, String latest) {
		boolean met = goal.metBy(value);
		return new ProgressReport.GoalStatus(description,
				(met ? "met" : "not yet met") + ": " + latest + ", target " + goal.target(), met);
	}

	static String planText(TreatmentPlan plan) {
		StringBuilder text = new StringBuilder();
		TreatmentPlan.Phase phase = plan.phase();
		if (phase != null) {
			text.append(switch (phase.interval()) {
				case TWICE_WEEKLY -> "Twice a week";
				case WEEKLY -> "Weekly";
				case FORTNIGHTLY -> "Every two weeks";
				case MONTHLY -> "Every four weeks";
			});
			if (phase.visits() != null) {
				text.append(", ").append(phase.visits()).append(" visits");
			}
			if (plan.phases().size() > 1) {
				text.append(" (phase ").append(plan.currentPhase() + 1).append(" of ").append(plan.phases().size()).append(")");
			}
			text.append('.');
		}
		if (plan.reEvaluationOn() != null) {
			text.append(text.isEmpty() ? "" : " ").append("Re-evaluation on ").append(DAY.format(plan.reEvaluationOn())).append('.');
		}
		return text.isEmpty() ? "No frequency set." : text.toString();
	}

	private String recommendation(Optional<TreatmentPlan> plan, List<Measures.Measurement> history,
			List<ProgressReport.Outcome> outcomes) {
		Optional<FrequencyAdvice.Advice> advice = measures.allInstruments()
			.find("nrs-pain")
			.flatMap(nrs -> FrequencyAdvice.of(nrs,
					history.stream().filter(m -> m.instrument().equals("nrs-pain")).map(Measures.Measurement::score).toList()));
		boolean improved = outcomes.stream().anyMatch(ProgressReport.Outcome::important);
		if (advice.isPresent() && advice.get() == FrequencyAdvice.Advice.STEP_DOWN) {
			return "The improvement has held over the last measures. We suggest reducing the visit frequency and continuing the home-care program, with a re-evaluation at the end of the next phase.";
		}
		if (advice.isPresent()) {
			return "Pain has returned towards its earlier level. We suggest increasing the visit frequency again and reviewing aggravating activities.";
		}
		return improved ? "The measures show a clinically important improvement. We suggest continuing the current plan ("
				+ plan.map(ProgressReportDrafts::planText).orElse("as agreed") + ")."
				: "We suggest continuing the current plan and re-evaluating at the next planned date.";
	}

}
