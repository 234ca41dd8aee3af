package org.tonus.referral;

import java.util.List;

import org.tonus.knowledge.RegionSide;
import org.tonus.knowledge.Side;

/** A muscle on one side whose trigger points may cause the drawn pain, with the evidence. */
public record Candidate(String muscle, Side side, double score, double coverage, double specificity,
		List<Match> matched, List<RegionSide> unexplained, List<String> activities) {

	public MuscleSide muscleSide() {
		return new MuscleSide(muscle, side);
	}

}
