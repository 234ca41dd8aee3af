package org.tonus.outcomes;

/** A scored form: the score, how many items were answered, and whether it was prorated for missing ones. */
public record Score(double value, int answered, int expected, boolean prorated) {
}
