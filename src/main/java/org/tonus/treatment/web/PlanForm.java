package org.tonus.treatment.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.tonus.assessment.Assessment;
import org.tonus.assessment.Assessments;
import org.tonus.assessment.PalpationFinding;
import org.tonus.assessment.RangeOfMotion;
import org.tonus.assessment.RomNormals;
import org.tonus.atlas.Places;
import org.tonus.client.ClientId;
import org.tonus.knowledge.KnowledgeBase;
import org.tonus.knowledge.Muscle;
import org.tonus.knowledge.Side;
import org.tonus.referral.PainMark;
import org.tonus.treatment.PlanRequest;
import org.tonus.treatment.Technique;
import org.tonus.treatment.TreatmentPlan;

/**
 * The plan form: its fields as text (from the current plan, or proposed from the newest
 * assessment), and the request read back from a submitted form.
 */
@Component
class PlanForm {

	static final int GOAL_ROWS = 4;

	static final int PHASE_ROWS = 4;

	private final Assessments assessments;

	private final KnowledgeBase knowledge;

	private final RomNormals normals;

	private final Places places;

	private final MessageSource messages;

	PlanForm(Assessments assessments, KnowledgeBase knowledge, RomNormals normals, Places places, MessageSource messages) {
		this.assessments = assessments;
		this.knowledge = knowledge;
		this.normals = normals;
		this.places = places;
		this.messages = messages;
	}

	/** A trigger point offered in the form, ticked when it is in the plan. */
	record TargetOption(String key, String point, String side, String label, String finding, boolean included,
			Set<Technique> techniques) {
	}

	record Values(Map<String, String> fields, List<TargetOption> targets, String assessment) {
	}

	Values fromPlan(TreatmentPlan plan, Optional<Assessment> assessment, Locale locale) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("problems", String.join("\n", plan.problems()));
		for (int i = 0; i < plan.goals().size() && i < GOAL_ROWS; i++) {
			TreatmentPlan.Goal goal = plan.goals().get(i);
			fields.put("goal" + i + ".measure", goal.measure().name());
			fields.put("goal" + i + ".description", goal.description());
			fields.put("goal" + i + ".movement", goal.movement());
			fields.put("goal" + i + ".baseline", goal.baseline() == null ? "" : goal.baseline().toString());
			fields.put("goal" + i + ".target", goal.target() == null ? "" : goal.target().toString());
		}
		for (int i = 0; i < plan.phases().size() && i < PHASE_ROWS; i++) {
			fields.put("phase" + i + ".interval", plan.phases().get(i).interval().name());
			fields.put("phase" + i + ".visits",
					plan.phases().get(i).visits() == null ? "" : plan.phases().get(i).visits().toString());
		}
		fields.put("reEvaluationOn", plan.reEvaluationOn() == null ? "" : plan.reEvaluationOn().toString());
		List<TargetOption> targets = new ArrayList<>();
		for (TreatmentPlan.Target target : plan.targets()) {
			targets.add(option(target.muscle() + "#" + target.triggerPoint(), target.side(), null, true, target.techniques(),
					locale));
		}
		assessment.ifPresent(found -> addFindings(targets, found, locale));
		return new Values(fields, targets, plan.assessment() == null ? null : plan.assessment().toString());
	}

	Values proposal(ClientId client, LocalDate today, Locale locale) {
		Optional<Assessment> assessment = assessments.of(client).stream().findFirst()
			.map(found -> assessments.read(client, found.id()));
		Map<String, String> fields = new LinkedHashMap<>();
		List<TargetOption> targets = new ArrayList<>();
		assessment.ifPresent(found -> {
			List<String> problems = new ArrayList<>();
			for (PainMark mark : found.marks().stream().sorted(Comparator.comparingInt(PainMark::intensity).reversed()).toList()) {
				problems.add(messages.getMessage("plan.proposal.problem",
						new Object[] { places.label(mark.region(), mark.side(), locale), mark.intensity() }, locale));
			}
			fields.put("problems", String.join("\n", problems));
			int goal = 0;
			if (found.worstPain() > 3) {
				fields.put("goal0.measure", "PAIN");
				fields.put("goal0.description", messages.getMessage("plan.proposal.pain-goal",
						new Object[] { found.worstPain() }, locale));
				fields.put("goal0.baseline", String.valueOf(found.worstPain()));
				fields.put("goal0.target", "3");
				goal++;
			}
			for (RangeOfMotion range : found.ranges()) {
				RomNormals.Movement movement = normals.movement(range.joint(), range.movement()).orElse(null);
				if (goal >= GOAL_ROWS || movement == null || movement.normal() == 0
						|| movement.percentOfNormal(range.measured()) >= 90) {
					continue;
				}
				fields.put("goal" + goal + ".measure", "RANGE");
				fields.put("goal" + goal + ".movement", movement.key());
				fields.put("goal" + goal + ".description", messages.getMessage("plan.proposal.range-goal",
						new Object[] { movement.jointName() + ": " + movement.name(), range.measured(), movement.normal() },
						locale));
				fields.put("goal" + goal + ".baseline", String.valueOf(range.measured()));
				fields.put("goal" + goal + ".target", String.valueOf(movement.normal()));
				goal++;
			}
			addFindings(targets, found, locale);
		});
		fields.put("phase0.interval", "WEEKLY");
		fields.put("phase0.visits", "4");
		fields.put("phase1.interval", "FORTNIGHTLY");
		fields.put("phase1.visits", "4");
		fields.put("phase2.interval", "MONTHLY");
		fields.put("reEvaluationOn", today.plusWeeks(4).toString());
		return new Values(fields, targets, assessment.map(found -> found.id().toString()).orElse(null));
	}

	private void addFindings(List<TargetOption> targets, Assessment assessment, Locale locale) {
		List<PalpationFinding> findings = new ArrayList<>(assessment.findings());
		findings.sort(Comparator.comparing((PalpationFinding finding) -> finding.state().ordinal())
			.thenComparing(finding -> finding.tenderness() == null ? 0 : -finding.tenderness()));
		for (PalpationFinding finding : findings) {
			String key = finding.muscle() + "#" + finding.triggerPoint() + "|" + finding.side();
			if (targets.stream().anyMatch(target -> target.key().equals(key))) {
				continue;
			}
			boolean active = finding.state() == org.tonus.assessment.TriggerPointState.ACTIVE;
			targets.add(option(finding.muscle() + "#" + finding.triggerPoint(), finding.side(),
					messages.getMessage("assessment.state." + finding.state().name(), null, locale)
							+ (finding.tenderness() == null ? "" : ", " + finding.tenderness() + "/10"),
					active, active ? Set.of(Technique.ISCHEMIC_COMPRESSION, Technique.POST_ISOMETRIC_RELAXATION)
							: Set.of(Technique.ISCHEMIC_COMPRESSION), locale));
		}
	}

	private TargetOption option(String point, String side, String finding, boolean included, Set<Technique> techniques,
			Locale locale) {
		return new TargetOption(point + "|" + side, point, side, pointLabel(point, side, locale), finding, included,
				techniques);
	}

	String pointLabel(String point, String side, Locale locale) {
		String muscleId = point.substring(0, point.indexOf('#'));
		int index = Integer.parseInt(point.substring(point.indexOf('#') + 1));
		Muscle muscle = knowledge.muscle(muscleId).orElse(null);
		if (muscle == null || index >= muscle.triggerPoints().size()) {
			return point;
		}
		String name = muscle.triggerPoints().size() > 1 ? muscle.name() + ": " + muscle.triggerPoints().get(index).name()
				: muscle.name();
		Side parsed = Side.parse(side);
		return parsed == null ? name : messages.getMessage("place.with-side",
				new Object[] { name, places.sideName(parsed, locale) }, locale);
	}

	/** Reads a submitted plan form back into a request (and the values to show again if it is refused). */
	PlanRequest request(MultiValueMap<String, String> form) {
		List<PlanRequest.GoalRow> goals = new ArrayList<>();
		for (int i = 0; i < GOAL_ROWS; i++) {
			goals.add(new PlanRequest.GoalRow(form.getFirst("goal" + i + ".measure"), form.getFirst("goal" + i + ".description"),
					form.getFirst("goal" + i + ".movement"), form.getFirst("goal" + i + ".baseline"),
					form.getFirst("goal" + i + ".target")));
		}
		List<PlanRequest.TargetRow> targets = new ArrayList<>();
		for (String key : form.getOrDefault("target", List.of())) {
			int bar = key.indexOf('|');
			if (bar > 0) {
				targets.add(new PlanRequest.TargetRow(key.substring(0, bar), key.substring(bar + 1),
						form.getOrDefault("tech." + key, List.of())));
			}
		}
		String extra = form.getFirst("extra.point");
		if (extra != null && !extra.isBlank()) {
			targets.add(new PlanRequest.TargetRow(extra, form.getFirst("extra.side"), form.getOrDefault("extra.tech", List.of())));
		}
		List<PlanRequest.PhaseRow> phases = new ArrayList<>();
		for (int i = 0; i < PHASE_ROWS; i++) {
			phases.add(new PlanRequest.PhaseRow(form.getFirst("phase" + i + ".interval"), form.getFirst("phase" + i + ".visits")));
		}
		String assessment = form.getFirst("assessment");
		java.util.UUID assessmentId = null;
		try {
			assessmentId = assessment == null || assessment.isBlank() ? null : java.util.UUID.fromString(assessment);
		}
		catch (IllegalArgumentException e) {
			assessmentId = null;
		}
		return new PlanRequest(assessmentId, form.getFirst("problems"), goals, targets, phases, form.getFirst("reEvaluationOn"));
	}

	/** The submitted form as values to show again, with its target rows. */
	Values resubmitted(MultiValueMap<String, String> form, Values offered, Locale locale) {
		Map<String, String> fields = new LinkedHashMap<>();
		form.forEach((key, values) -> fields.put(key, values.isEmpty() ? "" : values.get(0)));
		List<String> ticked = form.getOrDefault("target", List.of());
		List<TargetOption> targets = offered.targets()
			.stream()
			.map(target -> new TargetOption(target.key(), target.point(), target.side(), target.label(), target.finding(),
					ticked.contains(target.key()), techniques(form.getOrDefault("tech." + target.key(), List.of()))))
			.toList();
		return new Values(fields, targets, form.getFirst("assessment"));
	}

	private static Set<Technique> techniques(List<String> names) {
		Set<Technique> techniques = java.util.EnumSet.noneOf(Technique.class);
		for (String name : names) {
			try {
				techniques.add(Technique.valueOf(name));
			}
			catch (IllegalArgumentException e) {
				// an unknown technique is refused by TreatmentPlans; here it is simply not ticked again
			}
		}
		return techniques;
	}

}
