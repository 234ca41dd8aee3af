package org.tonus.client.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.validation.BindingResult;
import org.tonus.client.FieldIssue;

/** Puts rule violations next to their fields; one message per field, the first found. */
final class FormIssues {

	private FormIssues() {
	}

	static void reject(BindingResult result, List<FieldIssue> issues) {
		Set<String> seen = new HashSet<>();
		for (FieldIssue issue : issues) {
			if (seen.add(issue.field())) {
				result.rejectValue(issue.field(), issue.messageKey());
			}
		}
	}

}
