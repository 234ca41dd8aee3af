package org.tonus.knowledge;

import java.util.List;

/** The data files break a rule; every problem is listed so one test run shows them all. */
public class KnowledgeBaseInvalid extends RuntimeException {

	private final List<String> problems;

	public KnowledgeBaseInvalid(List<String> problems) {
		super("The knowledge base has " + problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}

}
