package org.tonus.assessment;

/**
 * A palpation finding as entered (text, checked in {@link Assessments}). {@code point} is
 * "muscle-id#index" of the knowledge base's trigger point.
 */
public record FindingRequest(String point, String side, String state, boolean tautBand, boolean twitchResponse,
		boolean referralReproduced, String referredTo, String tenderness, String pressureThreshold, String note) {
}
