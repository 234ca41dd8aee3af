package org.tonus.referral;

import org.tonus.knowledge.Side;
import org.tonus.knowledge.ZoneKind;

/** A marked region a candidate explains, and whether it lies in the essential or the spillover zone. */
public record Match(String region, Side side, ZoneKind zone, String triggerPoint) {
}
