package org.tonus.treatment;

import java.util.List;
import java.util.UUID;

/** A plan as entered in the form (text, checked by {@link TreatmentPlans}). Blank rows are ignored. */
public record PlanRequest(UUID assessment, String problems, List<GoalRow> goals, List<TargetRow> targets,
		List<PhaseRow> phases, String reEvaluationOn) {

	/** {@code movement} is "joint.movement" for a range goal. */
	public record GoalRow(String measure, String description, String movement, String baseline, String target) {

		boolean blank() {
			return isBlank(description) && isBlank(baseline) && isBlank(target);
		}

	}

	/** {@code point} is "muscle-id#index". */
	public record TargetRow(String point, String side, List<String> techniques) {
	}

	public record PhaseRow(String interval, String visits) {

		boolean blank() {
			return isBlank(interval);
		}

	}

	static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
