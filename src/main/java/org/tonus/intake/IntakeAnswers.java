package org.tonus.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A completed consultation questionnaire, as stored (JSON) and shown. */
public record IntakeAnswers(List<ProblemArea> problems, List<String> activities, String ergonomics, Integer stressLevel,
		String goals, String medicalHistory, String medications, String previousTreatments,
		Map<String, ScreeningAnswer> screening) {

	public enum Cause {

		ACCIDENT, REPETITIVE_WORK, SPORT, POSTURE, STRESS, UNKNOWN

	}

	public enum Effect {

		NONE, MILD, MODERATE, SEVERE

	}

	/** Where on the body (a region id and the client's side, or none for midline regions). */
	public record Place(String region, String side) {
	}

	public record ProblemArea(String description, List<Place> places, LocalDate onset, Cause cause, Integer painNow,
			Integer painBest, Integer painWorst, String aggravatedBy, String relievedBy, Effect work, Effect sleep,
			Effect sport) {
	}

	/** The client's answer to one screening question, with what they added. */
	public record ScreeningAnswer(boolean yes, String detail) {
	}

}
