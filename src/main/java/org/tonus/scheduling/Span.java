package org.tonus.scheduling;

import java.time.Instant;

/** A half-open stretch of time [from, to). */
record Span(Instant from, Instant to) implements Comparable<Span> {

	boolean overlaps(Instant start, Instant end) {
		return from.isBefore(end) && start.isBefore(to);
	}

	@Override
	public int compareTo(Span other) {
		int byStart = from.compareTo(other.from);
		return byStart != 0 ? byStart : to.compareTo(other.to);
	}

}
