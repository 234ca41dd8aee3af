package org.tonus.outcomes.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.tonus.outcomes.Instrument;

/**
 * Reads one instrument's answers from a form: {@code <instrument>.<item>} for fixed items, and for
 * client-named items (PSFS) {@code <instrument>.name.<n>} with {@code <instrument>.value.<n>}.
 * Text that is not a whole number becomes an out-of-range answer, so scoring names it.
 */
final class AnswerForm {

	static final int NAMED_ROWS = 5;

	private AnswerForm() {
	}

	static Map<String, Integer> read(Instrument instrument, Map<String, String> form) {
		Map<String, Integer> answers = new LinkedHashMap<>();
		String prefix = instrument.id() + ".";
		if (instrument.itemsChosenByClient()) {
			for (int row = 0; row < NAMED_ROWS; row++) {
				String name = form.getOrDefault(prefix + "name." + row, "").strip();
				String value = form.getOrDefault(prefix + "value." + row, "").strip();
				if (!name.isEmpty() || !value.isEmpty()) {
					answers.put(name.isEmpty() ? "(unnamed activity " + (row + 1) + ")" : truncate(name), number(value));
				}
			}
			return answers;
		}
		for (Instrument.Item item : instrument.items()) {
			String value = form.getOrDefault(prefix + item.id(), "").strip();
			answers.put(item.id(), value.isEmpty() ? null : number(value));
		}
		return answers;
	}

	private static Integer number(String text) {
		try {
			return Integer.valueOf(text);
		}
		catch (NumberFormatException notANumber) {
			return Integer.MIN_VALUE;
		}
	}

	private static String truncate(String name) {
		return name.length() > 80 ? name.substring(0, 80) : name;
	}

}
