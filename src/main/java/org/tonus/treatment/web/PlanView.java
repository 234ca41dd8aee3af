package org.tonus.treatment.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tonus.treatment.TreatmentPlan;

/** A plan in words, for the plan page and the chart. */
@Component
class PlanView {

	private final PlanForm form;

	private final MessageSource messages;

	PlanView(PlanForm form, MessageSource messages) {
		this.form = form;
		this.messages = messages;
	}

	record View(List<String> problems, List<String> goals, List<Target> targets, List<Phase> phases, boolean canStepDown,
			boolean canStepUp, LocalDate reEvaluationOn, java.time.Instant savedAt, String savedBy) {
	}

	record Target(String label, List<String> techniques) {
	}

	record Phase(String text, boolean current) {
	}

	View of(TreatmentPlan plan, Locale locale) {
		return new View(plan.problems(), plan.goals().stream().map(goal -> goal(goal, locale)).toList(),
				plan.targets()
					.stream()
					.map(target -> new Target(form.pointLabel(target.muscle() + "#" + target.triggerPoint(), target.side(), locale),
							target.techniques()
								.stream()
								.map(technique -> messages.getMessage("technique." + technique.name(), null, locale))
								.toList()))
					.toList(),
				java.util.stream.IntStream.range(0, plan.phases().size())
					.mapToObj(i -> new Phase(phase(plan.phases().get(i), locale), i == Math.min(plan.currentPhase(), plan.phases().size() - 1)))
					.toList(),
				plan.canStepDown(), plan.canStepUp(), plan.reEvaluationOn(), plan.createdAt(), plan.createdByName());
	}

	private String goal(TreatmentPlan.Goal goal, Locale locale) {
		if (goal.measure() == TreatmentPlan.Goal.Measure.OTHER || goal.target() == null) {
			return goal.description();
		}
		String key = goal.measure() == TreatmentPlan.Goal.Measure.PAIN ? "plan.goal.pain" : "plan.goal.range";
		return messages.getMessage(key, new Object[] { goal.description(), goal.baseline() == null ? "?" : goal.baseline(),
				goal.target() }, locale);
	}

	String phase(TreatmentPlan.Phase phase, Locale locale) {
		String interval = messages.getMessage("interval." + phase.interval().name(), null, locale);
		return phase.visits() == null ? messages.getMessage("plan.phase.ongoing", new Object[] { interval }, locale)
				: messages.getMessage("plan.phase.visits", new Object[] { interval, phase.visits() }, locale);
	}

}
