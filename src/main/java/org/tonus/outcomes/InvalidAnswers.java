package org.tonus.outcomes;

import java.util.List;

/** Answers that cannot be scored: out of range, unknown items, or more missing than the instrument allows. */
public class InvalidAnswers extends RuntimeException {

	/** One problem: the item (or "answers") and a message code. */
	public record Problem(String item, String code) {
	}

	private final List<Problem> problems;

	public InvalidAnswers(List<Problem> problems) {
		super("Answers cannot be scored: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return problems;
	}

}
