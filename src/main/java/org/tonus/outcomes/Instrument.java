package org.tonus.outcomes;

import java.util.List;

/**
 * A measure as data: its items and answer options, how it is scored (and what an incomplete form
 * may still be scored), which direction is better, the change that counts, and where all of it is
 * published. Loaded from {@code outcomes/instruments/*.json} or added by a clinic.
 *
 * @param itemsChosenByClient true when the client names the items (the PSFS's activities)
 */
public record Instrument(String id, String name, String shortName, String instructions, List<Option> options,
		List<Item> items, boolean itemsChosenByClient, Scoring scoring, Better better, Threshold threshold, List<Band> bands,
		String source, String licence) {

	public enum Better {

		HIGHER, LOWER

	}

	/** One answer choice: the value scored and the words shown. */
	public record Option(int value, String label) {
	}

	/** A question; {@code reverse} items score max + min − answer. */
	public record Item(String id, String text, boolean reverse) {
	}

	/**
	 * SUM or MEAN of the answered items over [min, max]; up to {@code maxMissing} items may be left
	 * out, and a SUM with {@code prorate} is then scaled up to the full number of items.
	 */
	public record Scoring(Method method, double min, double max, int minItems, int maxItems, int maxMissing, boolean prorate,
			int decimals) {

		public enum Method {

			SUM, MEAN

		}

	}

	/** The change that matters: MCID or MDC, in points and/or percent of the baseline, with its source. */
	public record Threshold(Kind kind, Double points, Double percent, String source) {

		public enum Kind {

			MCID, MDC

		}

	}

	/** A named range of scores (e.g. "moderate"), with the source of the cut-offs. */
	public record Band(double from, double to, String label) {
	}

	public int optionMin() {
		return options.stream().mapToInt(Option::value).min().orElse(0);
	}

	public int optionMax() {
		return options.stream().mapToInt(Option::value).max().orElse(0);
	}

}
