package org.tonus.scheduling;

import java.time.Instant;

/** A free time a service fits in: with whom, when, and the room or chair it would take (if it needs one). */
public record Slot(PractitionerId practitioner, Instant start, Instant end, RoomId room) {
}
