package org.tonus.referral;

import org.tonus.knowledge.Side;

public record MuscleSide(String muscle, Side side) {
}
