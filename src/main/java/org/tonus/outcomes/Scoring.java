package org.tonus.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scores answers as each instrument's authors publish it: reverse items, sum or mean, the
 * instrument's range, and its rule for missing items. Refuses, naming every problem, answers it
 * cannot score; it never guesses.
 */
public final class Scoring {

	private Scoring() {
	}

	/**
	 * @param answers item id → answer value; for client-chosen items (PSFS), the ids the client gave
	 */
	public static Score score(Instrument instrument, Map<String, Integer> answers) {
		Instrument.Scoring rule = instrument.scoring();
		List<InvalidAnswers.Problem> problems = new ArrayList<>();
		int min = instrument.optionMin();
		int max = instrument.optionMax();
		for (Map.Entry<String, Integer> answer : answers.entrySet()) {
			if (!instrument.itemsChosenByClient() && instrument.items().stream().noneMatch(item -> item.id().equals(answer.getKey()))) {
				problems.add(new InvalidAnswers.Problem(answer.getKey(), "unknown-item"));
			}
			else if (answer.getValue() != null && (answer.getValue() < min || answer.getValue() > max)) {
				problems.add(new InvalidAnswers.Problem(answer.getKey(), "out-of-range"));
			}
		}
		long answered = answers.values().stream().filter(value -> value != null).count();
		int expected = instrument.itemsChosenByClient() ? (int) Math.max(answered, rule.minItems()) : instrument.items().size();
		if (instrument.itemsChosenByClient() && (answered < rule.minItems() || answered > rule.maxItems())) {
			problems.add(new InvalidAnswers.Problem("answers", "item-count"));
		}
		if (!instrument.itemsChosenByClient() && expected - answered > rule.maxMissing()) {
			problems.add(new InvalidAnswers.Problem("answers", "too-many-missing"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidAnswers(problems);
		}
		double total = 0;
		for (Map.Entry<String, Integer> answer : answers.entrySet()) {
			if (answer.getValue() == null) {
				continue;
			}
			boolean reverse = instrument.items().stream().anyMatch(item -> item.id().equals(answer.getKey()) && item.reverse());
			total += reverse ? max + min - answer.getValue() : answer.getValue();
		}
		boolean prorated = false;
		double value;
		if (rule.method() == Instrument.Scoring.Method.MEAN) {
			value = total / answered;
		}
		else if (answered < expected && rule.prorate()) {
			value = total * expected / answered;
			prorated = true;
		}
		else {
			value = total;
		}
		value = BigDecimal.valueOf(value).setScale(rule.decimals(), RoundingMode.HALF_UP).doubleValue();
		return new Score(value, (int) answered, expected, prorated);
	}

}
