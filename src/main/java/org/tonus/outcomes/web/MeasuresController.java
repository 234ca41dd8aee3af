package org.tonus.outcomes.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tonus.client.Client;
import org.tonus.client.ClientId;
import org.tonus.client.ClientNotFound;
import org.tonus.client.ClientRegistry;
import org.tonus.outcomes.Change;
import org.tonus.outcomes.Instrument;
import org.tonus.outcomes.InvalidAnswers;
import org.tonus.outcomes.Measures;
import org.tonus.system.AllowedRoles;
import org.tonus.system.ClinicProfiles;
import org.tonus.system.Mail;
import org.tonus.system.NotFound;
import org.tonus.system.Role;

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

	private final Mail mail;

	private final org.tonus.treatment.TreatmentPlans plans;

	private final org.tonus.assessment.Assessments assessments;

	private final org.tonus.knowledge.KnowledgeBase knowledge;

	MeasuresController(Measures measures, ClientRegistry clients, ClinicProfiles clinics, Mail mail,
			org.tonus.treatment.TreatmentPlans plans, org.tonus.assessment.Assessments assessments,
			org.tonus.knowledge.KnowledgeBase knowledge) {
		this.plans = plans;
		this.assessments = assessments;
		this.knowledge = knowledge;
		this.measures = measures;
		this.clients = clients;
		this.clinics = clinics;
		this.mail = mail;
	}

	/** One instrument's history and its verdict, for the page and the chart panel. */
	record Trend(Instrument instrument, List<Measures.Measurement> values, String verdict, boolean important, Double goal,
			String advice) {

		/** The trend as SVG (escaped by the chart itself; the template inserts it unescaped). */
		public String chart() {
			return org.tonus.outcomes.TrendChart.svg(instrument,
					values.stream().map(m -> new org.tonus.outcomes.TrendChart.Point(m.on(), m.score())).toList(), goal, verdict);
		}

	}

	@GetMapping("/clients/{clientId}/measures")
	@AllowedRoles({ Role.OWNER, Role.THERAPIST })
	String page(@PathVariable UUID clientId, Model model) {
		Client client = client(clientId);
		model.addAttribute("client", client);
		model.addAttribute("trends", trends(measures, client.id(), plans));
		model.addAttribute("extent", extent(client.id()));
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
			String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/measures/" + issued.token()).build().toUriString();
			String to = client.details().email();
			boolean sent = to != null && mail.send(to, clinics.current().map(c -> c.name()).orElse("Your clinic")
					+ ": a few questions before your visit", """
							Hello %s,

							please answer a few short questions before your next visit. It takes a few minutes:

							%s

							The link works once, for %d days.
							""".formatted(client.details().preferredName() != null ? client.details().preferredName()
							: client.details().givenName(), url, Measures.LINK_DAYS));
			redirect.addFlashAttribute("notice", sent ? "Sent to " + to + "." : "Copy this link for the client:");
			if (!sent) {
				redirect.addFlashAttribute("link", url);
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
	 * target line (pass no plans where only the verdicts are shown).
	 */
	static List<Trend> trends(Measures measures, ClientId client, org.tonus.treatment.TreatmentPlans plans) {
		Double painGoal = plans == null ? null : plans.currentWithoutAudit(client)
			.flatMap(plan -> plan.goals().stream()
				.filter(goal -> goal.measure() == org.tonus.treatment.TreatmentPlan.Goal.Measure.PAIN && goal.target() != null)
				.findFirst())
			.map(goal -> goal.target().doubleValue())
			.orElse(null);
		List<Measures.Measurement> all = measures.history(client, null);
		List<Trend> trends = new ArrayList<>();
		for (Instrument instrument : measures.instruments().all()) {
			List<Measures.Measurement> values = all.stream().filter(m -> m.instrument().equals(instrument.id())).toList();
			if (values.isEmpty()) {
				continue;
			}
			String what = values.get(0).label().isBlank() ? instrument.shortName() : values.get(0).label();
			Change change = Change.between(instrument, values.get(0).score(), values.get(values.size() - 1).score());
			trends.add(new Trend(instrument, values, values.size() < 2 ? what + ": baseline " + format(values.get(0).score()) + "."
					: change.sentence(what), values.size() > 1 && change.important(),
					instrument.id().equals("nrs-pain") ? painGoal : null,
					org.tonus.outcomes.FrequencyAdvice.of(instrument, values.stream().map(Measures.Measurement::score).toList())
						.map(advice -> advice == org.tonus.outcomes.FrequencyAdvice.Advice.STEP_DOWN
								? "The improvement has held: the visit frequency could step down."
								: "This has slipped back from its best: the visit frequency could step back up.")
						.orElse(null)));
		}
		return trends;
	}

	/** Pain extent at each visit with a drawing, oldest first. */
	record Extent(LocalDate on, org.tonus.outcomes.PainExtent extent) {
	}

	private List<Extent> extent(ClientId client) {
		return assessments.of(client)
			.stream()
			.filter(assessment -> !assessment.marks().isEmpty())
			.map(assessment -> new Extent(assessment.visitDate(), org.tonus.outcomes.PainExtent.of(assessment.marks(), knowledge)))
			.sorted(java.util.Comparator.comparing(Extent::on))
			.toList();
	}

	private static String format(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
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
