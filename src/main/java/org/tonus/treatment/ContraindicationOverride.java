package org.tonus.treatment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A contraindication the therapist chose to override, for the session or one point, and why. */
public record ContraindicationOverride(UUID id, String scope, List<String> concerns, String reason, Instant madeAt, String madeByName) {

	public static final String SESSION = "session";

}
