package org.tonus.assessment;

import org.tonus.knowledge.Side;

/** A muscle the engine ranked for the drawing when it was saved; kept as it was then. */
public record Suggestion(String muscle, Side side, double score) {
}
