package org.tonus.outcomes;

import java.time.LocalDate;
import java.util.List;

import org.tonus.intake.Prescription;
import org.tonus.treatment.TreatmentSummary;

/**
 * What a progress report says: who and what for (diagnoses, prescriber, visits used of those
 * authorised), what was done (visits and doses per muscle and technique), what changed (each
 * measure from baseline to latest with its verdict), which goals are met, and the plan and the
 * therapist's recommendation.
 */
public record ProgressReport(String clinicName, String clientName, LocalDate dateOfBirth, LocalDate from, LocalDate to,
		Prescription prescription, List<Diagnosis> diagnoses, TreatmentSummary treatment, List<TreatedMuscle> treated,
		List<Outcome> outcomes, Drawing firstDrawing, Drawing latestDrawing, List<GoalStatus> goals, List<String> problems,
		String plan, String suggestedRecommendation) {

	/** A pain drawing: body-map shape key ("temple|right") to intensity 1-10. */
	public record Drawing(LocalDate on, java.util.Map<String, Integer> marks) {

		/** The body map's classes for the drawing ("i7" for intensity 7). */
		public java.util.Map<String, String> classes() {
			java.util.Map<String, String> classes = new java.util.HashMap<>();
			marks.forEach((key, intensity) -> classes.put(key, "i" + intensity));
			return classes;
		}

	}

	public record Diagnosis(String code, String title) {
	}

	/** One line of the treatment summary, in words ("Upper trapezius, right: ischemic compression ×6 in 4 visits, hold 30 s (20–45)"). */
	public record TreatedMuscle(String muscle, String dose) {
	}

	/** A measure from baseline to latest. */
	public record Outcome(String measure, LocalDate baselineOn, String baseline, LocalDate latestOn, String latest,
			String verdict, String badge, String threshold, String thresholdSource) {

		/** A clinically important improvement (MCID reached in the better direction). */
		public boolean important() {
			return "Clinically important".equals(badge);
		}

	}

	/** The sources of the thresholds used, once each, for the note under the measures. */
	public List<String> thresholdSources() {
		return outcomes.stream().map(Outcome::thresholdSource).filter(source -> source != null && !source.isBlank()).distinct().toList();
	}

	/** A plan goal and whether the latest measure meets it. */
	public record GoalStatus(String goal, String status, boolean met) {
	}

	/** Whether there is anything to report: a finished visit or a measure. */
	public boolean hasData() {
		return !treatment.isEmpty() || !outcomes.isEmpty();
	}

	public int visitsInPeriod() {
		return treatment.visits().size();
	}

}
