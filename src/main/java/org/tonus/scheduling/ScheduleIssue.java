package org.tonus.scheduling;

/** One thing wrong with a scheduling request: the field and a message code ({@code scheduling.error.<code>}). */
public record ScheduleIssue(String field, String code) {
}
