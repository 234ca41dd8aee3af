package org.tonus.scheduling;

import java.util.List;

/** A scheduling request with bad fields; nothing was stored. */
public class InvalidSchedule extends RuntimeException {

	private final List<ScheduleIssue> issues;

	public InvalidSchedule(List<ScheduleIssue> issues) {
		super("Invalid scheduling request: " + issues.stream().map(ScheduleIssue::field).toList());
		this.issues = List.copyOf(issues);
	}

	public InvalidSchedule(String field, String code) {
		this(List.of(new ScheduleIssue(field, code)));
	}

	public List<ScheduleIssue> issues() {
		return issues;
	}

}
