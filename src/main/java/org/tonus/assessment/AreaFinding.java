package org.tonus.assessment;

import java.time.Instant;
import java.util.UUID;

/** An NMT element found in an area ({@code area} is a region id, {@code side} null on the midline). */
public record AreaFinding(UUID id, String area, String side, NmtElement element, NmtElement.Entrapment entrapment,
		String note, Instant recordedAt) {
}
