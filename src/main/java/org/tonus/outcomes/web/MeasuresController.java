package org.tonus.outcomes.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tonus.assessment.Assessment;
import org.tonus.assessment.Assessments;
import org.tonus.assessment.RomNormals;
import org.tonus.atlas.BodyMap;
import org.tonus.atlas.Places;
import org.tonus.client.Client;
import org.tonus.client.ClientId;
import org.tonus.client.ClientNotFound;
import org.tonus.client.ClientRegistry;
import org.tonus.outcomes.Assignments;
import org.tonus.outcomes.Change;
import org.tonus.outcomes.FrequencyAdvice;
import org.tonus.outcomes.Instrument;
import org.tonus.outcomes.InvalidAnswers;
import org.tonus.outcomes.Measures;
import org.tonus.outcomes.PainExtent;
import org.tonus.outcomes.PhysicalMeasures;
import org.tonus.outcomes.ProgressReportDrafts;
import org.tonus.outcomes.TrendChart;
import org.tonus.system.AllowedRoles;
import org.tonus.system.ClinicProfiles;
import org.tonus.system.NotFound;
import org.tonus.system.Role;
import org.tonus.knowledge.KnowledgeBase;
import org.tonus.treatment.TreatmentPlan;
import org.tonus.treatment.TreatmentPlans;

/**
 * A client's outcome measures: each instrument's history with the verdict on the change since the
 * first score, entry in the room or from paper, and questionnaires sent to the client as a
 * single-use link (by e-mail when a mail server is configured; otherwise the link to copy).
 */
@Controller
class MeasuresController {

	private final Measures measures;

	private final ClientRegistry clients;

	private final ClinicProfiles clinics;

	private final TreatmentPlans plans;

	private final Assessments assessments;

	private final KnowledgeBase knowledge;

	private final RomNormals normals;

	private final Assignments assignments;

	private final ProgressReportDrafts drafts;

	private final BodyMap map;

	private final Places places;

	private final org.tonus.outcomes.QuestionnaireMail questionnaireMail;

	MeasuresController(Measures measures, ClientRegistry clients, ClinicProfiles clinics, TreatmentPlans plans,
			Assessments assessments, KnowledgeBase knowledge, RomNormals normals, Assignments assignments,
			ProgressReportDrafts drafts, BodyMap map, Places places,
			org.tonus.outcomes.QuestionnaireMail questionnaireMail) {
		this.questionnaireMail = questionnaireMail;
		this.plans = plans;
		this.assessments = assessments;
		this.knowledge = knowledge;
		this.normals = normals;
		this.assignments = assignments;
		this.drafts = drafts;
		this.map = map;
		this.places = places;
		this.measures = measures;
		this.clients = clients;
		this.clinics = clinics;
	}

	/** One instrument's history and its verdict, for the page and the chart panel. */
	record Trend(Instrument instrument, List<Measures.Measurement> values, String verdict, boolean important, Double goal,
			String advice) {

		/** The trend as SVG (escaped by the chart itself; the template inserts it unescaped). */
		public String chart() {
			return TrendChart.svg(instrument, values.stream().map(m -> new TrendChart.Point(m.on(), m.score())).toList(), goal,
					verdict);
		}

	}

	/** A measure from the assessments (pressure-pain threshold, range of motion, pain extent), ready to show. */
	record Measured(String title, String verdict, String chart, String source, List<TrendChart.Point> points) {

		static Measured of(PhysicalMeasures.Series series, Double goal) {
			return new Measured(series.scale().name(), series.verdict(), series.chart(goal), series.scale().source(),
					series.points());
		}

	}

	@GetMapping("/clients/{clientId}/measures")
	@AllowedRoles({ Role.OWNER, Role.THERAPIST })
	String page(@PathVariable UUID clientId, Model model, Locale locale) {
		Client client = client(clientId);
		model.addAttribute("client", client);
		Optional<TreatmentPlan> plan = plans.currentWithoutAudit(client.id());
		List<Assessment> visits = assessments.withMeasurements(client.id());
		model.addAttribute("trends", trends(measures, client.id(), plan));
		model.addAttribute("extent", extent(visits));
		model.addAttribute("extentTrend", PhysicalMeasures.painExtent(visits, knowledge).stream().map(s -> Measured.of(s, null)).toList());
		model.addAttribute("thresholds",
				PhysicalMeasures.pressureThresholds(visits, knowledge).stream().map(s -> Measured.of(s, null)).toList());
		model.addAttribute("ranges", PhysicalMeasures.ranges(visits, normals)
			.stream()
			.map(series -> Measured.of(series, rangeGoal(plan, series.key())))
			.toList());
		model.addAttribute("firstDrawing", drafts.drawing(visits, true));
		model.addAttribute("latestDrawing", drafts.drawing(visits, false));
		model.addAttribute("map", map);
		model.addAttribute("labels", places.shapeLabels(map, locale));
		List<Assignments.Assigned> assigned = assignments.of(client.id());
		model.addAttribute("assigned", assigned);
		model.addAttribute("due", assigned.stream().filter(Assignments.Assigned::due).map(a -> a.instrument().id()).toList());
		model.addAttribute("instruments", measures.instruments().all());
		model.addAttribute("today", clinics.today());
		return "outcomes/measures";
	}

	@GetMapping("/clients/{clientId}/measures/new")
	@AllowedRoles({ Role.OWNER, Role.THERAPIST })
	String entry(@PathVariable UUID clientId, @RequestParam String instrument, Model model) {
		Client client = client(clientId);
		Instrument chosen = measures.instruments().find(instrument).orElseThrow(NotFound::new);
		return entryPage(client, chosen, Map.of("date", clinics.today().toString(), "source", "STAFF"), Map.of(), model);
	}

	@PostMapping("/clients/{clientId}/measures")
	@AllowedRoles({ Role.OWNER, Role.THERAPIST })
	String record(@PathVariable UUID clientId, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		Client client = client(clientId);
		Instrument chosen = measures.instruments().find(form.getOrDefault("instrument", "")).orElseThrow(NotFound::new);
		LocalDate date;
		try {
			date = LocalDate.parse(form.getOrDefault("date", ""));
		}
		catch (java.time.format.DateTimeParseException bad) {
			return entryPage(client, chosen, form, Map.of("date", MeasureMessages.of("date")), model);
		}
		Measures.Source source = "PAPER".equals(form.get("source")) ? Measures.Source.PAPER : Measures.Source.STAFF;
		try {
			measures.record(client.id(), chosen.id(), AnswerForm.read(chosen, form), date, source, form.get("label"));
			redirect.addFlashAttribute("notice", chosen.shortName() + " recorded.");
			return "redirect:/clients/" + clientId + "/measures";
		}
		catch (InvalidAnswers invalid) {
			Map<String, String> errors = new LinkedHashMap<>();
			invalid.problems().forEach(problem -> errors.putIfAbsent(
					problem.item().equals("date") || problem.item().equals("label") ? problem.item() : chosen.id() + "." + problem.item(),
					MeasureMessages.of(problem.code())));
			return entryPage(client, chosen, form, errors, model);
		}
	}

	@PostMapping("/clients/{clientId}/measures/links")
	@AllowedRoles({ Role.OWNER, Role.THERAPIST, Role.FRONT_DESK })
	String send(@PathVariable UUID clientId, @RequestParam(required = false) List<String> instrument,
			RedirectAttributes redirect) {
		Client client = client(clientId);
		try {
			Measures.Issued issued = measures.issueLink(client.id(), instrument == null ? List.of() : instrument);
			boolean sent = questionnaireMail.send(client, issued.token());
			String to = client.details().email();
			redirect.addFlashAttribute("notice", sent ? "Sent to " + to + "." : "Copy this link for the client:");
			if (!sent) {
				redirect.addFlashAttribute("link", questionnaireMail.link(issued.token()));
			}
		}
		catch (InvalidAnswers invalid) {
			redirect.addFlashAttribute("linkError", "Choose at least one questionnaire.");
		}
		return "redirect:/clients/" + clientId + "/measures";
	}

	private String entryPage(Client client, Instrument instrument, Map<String, String> form, Map<String, String> errors,
			Model model) {
		model.addAttribute("client", client);
		model.addAttribute("i", instrument);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("rows", java.util.stream.IntStream.range(0, AnswerForm.NAMED_ROWS).boxed().toList());
		return "outcomes/entry";
	}

	/**
	 * Each measured instrument's trend; the pain trend carries the plan's first pain goal as its
	 * target line (pass no plan where only the verdicts are shown).
	 */
	static List<Trend> trends(Measures measures, ClientId client, Optional<TreatmentPlan> plan) {
		Double painGoal = plan
			.flatMap(current -> current.goals().stream()
				.filter(goal -> goal.measure() == TreatmentPlan.Goal.Measure.PAIN && goal.target() != null)
				.findFirst())
			.map(goal -> goal.target().doubleValue())
			.orElse(null);
		List<Measures.Measurement> all = measures.history(client, null);
		List<Trend> trends = new ArrayList<>();
		for (Instrument instrument : measures.allInstruments().all()) {
			List<Measures.Measurement> values = all.stream().filter(m -> m.instrument().equals(instrument.id())).toList();
			if (values.isEmpty()) {
				continue;
			}
			String what = values.get(0).label().isBlank() ? instrument.shortName() : values.get(0).label();
			Change change = Change.between(instrument, values.get(0).score(), values.get(values.size() - 1).score());
			trends.add(new Trend(instrument, values, values.size() < 2 ? what + ": baseline " + org.tonus.outcomes.ScoreText.of(values.get(0).score()) + "."
					: change.sentence(what), values.size() > 1 && change.importantImprovement(),
					instrument.id().equals("nrs-pain") ? painGoal : null,
					FrequencyAdvice.of(instrument, values.stream().map(Measures.Measurement::score).toList())
						.map(advice -> advice == FrequencyAdvice.Advice.STEP_DOWN
								? "The improvement has held: the visit frequency could step down."
								: "This has slipped back from its best: the visit frequency could step back up.")
						.orElse(null)));
		}
		return trends;
	}

	/** Pain extent at each visit with a drawing, oldest first. */
	record Extent(LocalDate on, PainExtent extent) {
	}

	private List<Extent> extent(List<Assessment> visits) {
		return visits.stream()
			.filter(assessment -> !assessment.marks().isEmpty())
			.map(assessment -> new Extent(assessment.visitDate(), PainExtent.of(assessment.marks(), knowledge)))
			.sorted(Comparator.comparing(Extent::on))
			.toList();
	}

	/** The plan's range goal for a movement ("cervical.rotation", any side), if it has one. */
	private static Double rangeGoal(Optional<TreatmentPlan> plan, String key) {
		return plan.stream()
			.flatMap(p -> p.goals().stream())
			.filter(goal -> goal.measure() == TreatmentPlan.Goal.Measure.RANGE && goal.target() != null && goal.movement() != null
					&& (key.equals(goal.movement()) || key.startsWith(goal.movement() + ".")))
			.map(goal -> goal.target().doubleValue())
			.findFirst()
			.orElse(null);
	}

	private Client client(UUID id) {
		try {
			return clients.get(new ClientId(id));
		}
		catch (ClientNotFound notFound) {
			throw new NotFound();
		}
	}

}
