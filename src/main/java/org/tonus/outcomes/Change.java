package org.tonus.outcomes;

/**
 * The verdict on a change between a baseline and a later score, in the instrument's direction:
 * improved, worse or unchanged, and whether the change reaches the instrument's MCID (or MDC),
 * counted in points or, where the source gives one, in percent of the baseline; either suffices.
 */
public record Change(double baseline, double latest, double improvement, Direction direction, boolean important,
		Instrument.Threshold threshold) {

	public enum Direction {

		IMPROVED, WORSE, UNCHANGED

	}

	public static Change between(Instrument instrument, double baseline, double latest) {
		double improvement = instrument.better() == Instrument.Better.HIGHER ? latest - baseline : baseline - latest;
		Direction direction = improvement > 0 ? Direction.IMPROVED : improvement < 0 ? Direction.WORSE : Direction.UNCHANGED;
		Instrument.Threshold threshold = instrument.threshold();
		boolean important = false;
		if (threshold != null && improvement != 0) {
			double size = Math.abs(improvement);
			boolean byPoints = threshold.points() != null && size >= threshold.points() - 1e-9;
			boolean byPercent = threshold.percent() != null && baseline != 0
					&& size / Math.abs(baseline) * 100 >= threshold.percent() - 1e-9;
			important = byPoints || byPercent;
		}
		return new Change(baseline, latest, improvement, direction, important, threshold);
	}

	/** Improved by at least the threshold, in the instrument's better direction (a worsening never counts). */
	public boolean importantImprovement() {
		return direction == Direction.IMPROVED && important;
	}

	/**
	 * The badge for an improvement that reaches the threshold: "Clinically important" for an MCID,
	 * "Beyond the measurement error" for an MDC (which says the change is real, not that it matters);
	 * null otherwise.
	 */
	public String badge() {
		if (!importantImprovement()) {
			return null;
		}
		return threshold.kind() == Instrument.Threshold.Kind.MCID ? "Clinically important" : "Beyond the measurement error";
	}

	/** "improved from 7 to 3: a clinically important change" and its kin. */
	public String sentence(String what) {
		String from = ScoreText.of(baseline);
		String to = ScoreText.of(latest);
		String moved = switch (direction) {
			case IMPROVED -> what + " improved from " + from + " to " + to;
			case WORSE -> what + " worsened from " + from + " to " + to;
			case UNCHANGED -> what + " is unchanged at " + to;
		};
		if (direction == Direction.UNCHANGED) {
			return moved + ".";
		}
		if (threshold == null) {
			return moved + " (no clinically important difference is established for this measure).";
		}
		String kind = threshold.kind() == Instrument.Threshold.Kind.MCID ? "a clinically important change"
				: "more than the measure's error (MDC)";
		return moved + (important ? ": " + kind + "." : ": less than " + (threshold.kind() == Instrument.Threshold.Kind.MCID
				? "a clinically important change." : "the measure's error (MDC), so it may be noise."));
	}

}
