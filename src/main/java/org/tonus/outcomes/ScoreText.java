package org.tonus.outcomes;

import java.util.Locale;

/** A score as people write it: "7", "3.5" (whole numbers without a decimal point, others to one place). */
public final class ScoreText {

	private ScoreText() {
	}

	public static String of(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
	}

}
