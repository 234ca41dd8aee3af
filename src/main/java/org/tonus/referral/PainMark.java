package org.tonus.referral;

import org.tonus.knowledge.RegionSide;
import org.tonus.knowledge.Side;

/** One marked place of a pain drawing, with its intensity from 1 (barely) to 10 (worst imaginable). */
public record PainMark(String region, Side side, int intensity) {

	public static final int DEFAULT_INTENSITY = 5;

	public PainMark {
		if (intensity < 1 || intensity > 10) {
			throw new InvalidDrawing("intensity " + intensity + " of region '" + region + "' is not between 1 and 10");
		}
	}

	public RegionSide place() {
		return new RegionSide(region, side);
	}

}
