package org.tonus.treatment;

/**
 * A technique application as entered on the runner (text, checked by {@link TreatmentSessions}).
 * {@code point} is "muscle-id#index"; {@code overrideReason} is given when the therapist
 * overrides a contraindication for this point.
 */
public record ApplicationRequest(String point, String side, String technique, String holdSeconds, String repetitions,
		String pressure, String contact, String discomfort, String release, String contractionSeconds,
		String effortPercent, String relaxationSeconds, String cycles, String romBefore, String romAfter, String note,
		String overrideReason) {
}
