package org.tonus.client;

import java.util.List;

/** Client details that break rules, each named; nothing was stored. */
public class InvalidClientDetails extends RuntimeException {

	private final List<FieldIssue> issues;

	public InvalidClientDetails(List<FieldIssue> issues) {
		super("Invalid client details: " + issues.stream().map(FieldIssue::field).toList());
		this.issues = List.copyOf(issues);
	}

	public List<FieldIssue> issues() {
		return issues;
	}

}
