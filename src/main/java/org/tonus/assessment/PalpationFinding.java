package org.tonus.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * What palpation found at one trigger point: the point ({@code triggerPoint} indexes the muscle's
 * trigger points in the knowledge base), its side and state, the signs, and the tenderness
 * (0-10) or pressure-pain threshold (kg/cm²).
 */
public record PalpationFinding(UUID id, String muscle, int triggerPoint, String side, TriggerPointState state,
		boolean tautBand, boolean twitchResponse, boolean referralReproduced, String referredTo, Integer tenderness,
		BigDecimal pressureThreshold, String note, Instant recordedAt) {
}
