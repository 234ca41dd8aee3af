package org.tonus.assessment;

import java.time.Instant;
import java.util.UUID;

/** A measured active range (degrees, or millimetres for mouth opening) of one movement. */
public record RangeOfMotion(UUID id, String joint, String movement, String side, int measured, boolean painful,
		Instant recordedAt) {
}
