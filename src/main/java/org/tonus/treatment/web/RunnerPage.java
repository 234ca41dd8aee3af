package org.tonus.treatment.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tonus.assessment.Assessment;
import org.tonus.assessment.Assessments;
import org.tonus.assessment.PalpationFinding;
import org.tonus.assessment.TriggerPointState;
import org.tonus.atlas.PointOptions;
import org.tonus.client.Client;
import org.tonus.knowledge.BodyRegion;
import org.tonus.knowledge.KnowledgeBase;
import org.tonus.knowledge.Muscle;
import org.tonus.treatment.Application;
import org.tonus.treatment.Contact;
import org.tonus.treatment.Release;
import org.tonus.treatment.SafetyCheck;
import org.tonus.treatment.SessionId;
import org.tonus.treatment.Technique;
import org.tonus.treatment.TreatmentPlan;
import org.tonus.treatment.TreatmentPlans;
import org.tonus.treatment.TreatmentSession;
import org.tonus.treatment.TreatmentSessions;

/**
 * What the session runner shows: the points to treat in order (the plan's targets, else today's
 * findings, active first), the chosen point with its techniques, the screen's reminders and cap,
 * and what was done so far.
 */
@Component
class RunnerPage {

	private final TreatmentSessions sessions;

	private final TreatmentPlans plans;

	private final Assessments assessments;

	private final SafetyCheck safety;

	private final KnowledgeBase knowledge;

	private final PlanForm form;

	private final PointOptions points;

	private final MessageSource messages;

	RunnerPage(TreatmentSessions sessions, TreatmentPlans plans, Assessments assessments, SafetyCheck safety,
			KnowledgeBase knowledge, PlanForm form, PointOptions points, MessageSource messages) {
		this.sessions = sessions;
		this.plans = plans;
		this.assessments = assessments;
		this.safety = safety;
		this.knowledge = knowledge;
		this.form = form;
		this.points = points;
		this.messages = messages;
	}

	record Stop(String key, String point, String side, String label, String location, List<Technique> techniques,
			long done) {
	}

	record Done(int position, String point, String technique, String dose) {
	}

	String render(Client client, SessionId id, String chosen, Model model, Locale locale, Map<String, String> values,
			Map<String, String> errors) {
		TreatmentSession session = sessions.read(client.id(), id);
		model.addAttribute("client", client);
		model.addAttribute("treatment", session);
		model.addAttribute("done", session.applications().stream().map(application -> done(application, locale)).toList());
		if (session.finished()) {
			return "treatment/sessionDone";
		}
		List<Stop> stops = stops(client, session, locale);
		chosenOutsideThePlan(stops, chosen, session, locale);
		Stop current = stops.stream()
			.filter(stop -> stop.key().equals(chosen))
			.findFirst()
			.or(() -> stops.stream().filter(stop -> stop.done() == 0).findFirst())
			.or(() -> stops.stream().findFirst())
			.orElse(null);
		model.addAttribute("stops", stops);
		model.addAttribute("current", current);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("reminders", safety.reminders(client.id()));
		model.addAttribute("pressureCap", safety.pressureCap(client.id()).orElse(null));
		model.addAttribute("techniques", List.of(Technique.values()));
		model.addAttribute("contacts", List.of(Contact.values()));
		model.addAttribute("releases", List.of(Release.values()));
		model.addAttribute("pointGroups", points.groups(List.of(), "assessment.finding.suggested", locale));
		model.addAttribute("maxSeconds", TreatmentSessions.MAX_SECONDS);
		return "treatment/runner";
	}

	/** A point chosen on the runner that is neither planned nor treated yet joins the list. */
	private void chosenOutsideThePlan(List<Stop> stops, String chosen, TreatmentSession session, Locale locale) {
		if (chosen == null || chosen.indexOf('|') < 0 || stops.stream().anyMatch(stop -> stop.key().equals(chosen))) {
			return;
		}
		String side = chosen.substring(chosen.indexOf('|') + 1);
		TreatmentPlans.PointRef point = TreatmentPlans.PointRef.parse(chosen.substring(0, chosen.indexOf('|')), knowledge)
			.orElse(null);
		if (point == null || !List.of("left", "right", "midline").contains(side)) {
			return;
		}
		Map<String, Stop> added = new LinkedHashMap<>();
		add(added, point.muscle().id(), point.index(), side, List.of(Technique.ISCHEMIC_COMPRESSION), session, locale);
		stops.addAll(added.values());
	}

	private List<Stop> stops(Client client, TreatmentSession session, Locale locale) {
		Map<String, Stop> stops = new LinkedHashMap<>();
		Optional<TreatmentPlan> plan = plans.currentWithoutAudit(client.id());
		plan.ifPresent(found -> found.targets()
			.forEach(target -> add(stops, target.muscle(), target.triggerPoint(), target.side(),
					new ArrayList<>(target.techniques()), session, locale)));
		if (stops.isEmpty() && session.assessment() != null) {
			Optional<Assessment> assessment = assessments.onVisit(client.id(), session.visitDate());
			assessment.ifPresent(found -> {
				List<PalpationFinding> findings = new ArrayList<>(found.findings());
				findings.sort(java.util.Comparator.comparing((PalpationFinding finding) -> finding.state() != TriggerPointState.ACTIVE));
				findings.forEach(finding -> add(stops, finding.muscle(), finding.triggerPoint(), finding.side(),
						List.of(Technique.ISCHEMIC_COMPRESSION), session, locale));
			});
		}
		for (Application application : session.applications()) {
			add(stops, application.muscle(), application.triggerPoint(), application.side(), List.of(application.technique()),
					session, locale);
		}
		return new ArrayList<>(stops.values());
	}

	private void add(Map<String, Stop> stops, String muscleId, int index, String side, List<Technique> techniques,
			TreatmentSession session, Locale locale) {
		String point = muscleId + "#" + index;
		String key = point + "|" + side;
		if (stops.containsKey(key)) {
			return;
		}
		Muscle muscle = knowledge.muscle(muscleId).orElse(null);
		if (muscle == null || index >= muscle.triggerPoints().size()) {
			return;
		}
		String location = knowledge.region(muscle.triggerPoints().get(index).location()).map(BodyRegion::name).orElse("");
		long done = session.applications().stream().filter(application -> application.pointKey().equals(key)).count();
		stops.put(key, new Stop(key, point, side, form.pointLabel(point, side, locale), location,
				techniques.isEmpty() ? List.of(Technique.ISCHEMIC_COMPRESSION) : techniques, done));
	}

	private Done done(Application application, Locale locale) {
		String point = form.pointLabel(application.muscle() + "#" + application.triggerPoint(), application.side(), locale);
		List<String> dose = new ArrayList<>();
		if (application.holdSeconds() != null) {
			dose.add((application.repetitions() == null ? 1 : application.repetitions()) + " × " + application.holdSeconds() + " s");
		}
		else if (application.repetitions() != null) {
			dose.add("× " + application.repetitions());
		}
		if (application.pir() != null && application.pir().cycles() != null) {
			dose.add(messages.getMessage("session.done.cycles", new Object[] { application.pir().cycles() }, locale));
		}
		if (application.pressure() != null) {
			dose.add(messages.getMessage("session.done.pressure", new Object[] { application.pressure() }, locale));
		}
		if (application.discomfort() != null) {
			dose.add(messages.getMessage("session.done.discomfort", new Object[] { application.discomfort() }, locale));
		}
		if (application.release() != null) {
			dose.add(messages.getMessage("release." + application.release().name(), null, locale));
		}
		if (application.override() != null) {
			dose.add(messages.getMessage("session.done.override", null, locale));
		}
		return new Done(application.position(), point,
				messages.getMessage("technique." + application.technique().name(), null, locale), String.join(" · ", dose));
	}

}
