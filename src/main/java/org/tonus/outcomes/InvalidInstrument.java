package org.tonus.outcomes;

import java.util.List;

/** A clinic's instrument definition that cannot be used, with every problem found in it. */
public class InvalidInstrument extends RuntimeException {

	private final List<String> problems;

	public InvalidInstrument(List<String> problems) {
		super("Invalid instrument definition");
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}

}
