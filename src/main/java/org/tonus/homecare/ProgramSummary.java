package org.tonus.homecare;

import java.time.Instant;

/** A program as the chart lists it: when it was made, how many items, whether it was sent. */
public record ProgramSummary(ProgramId id, Instant createdAt, int items, boolean sent) {
}
