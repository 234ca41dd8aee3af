package org.tonus.scheduling;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * How a series repeats, in the spirit of an RFC 5545 RRULE: weekly or every N weeks, monthly on
 * the same date or on the same weekday of the month (the 2nd Tuesday; a 5th becomes the last), for
 * a number of visits or until a date. Occurrences are laid out in wall-clock time in the
 * location's zone, so a 09:00 series stays at 09:00 across daylight-saving changes.
 */
public record SeriesRule(Frequency frequency, int every, Integer count, LocalDate until, LocalDate first, LocalTime time) {

	public static final int MAX_VISITS = 52;

	public enum Frequency {

		WEEKLY, MONTHLY_BY_DATE, MONTHLY_BY_WEEKDAY

	}

	public List<ScheduleIssue> problems() {
		List<ScheduleIssue> issues = new ArrayList<>();
		if (frequency == null) {
			issues.add(new ScheduleIssue("frequency", "required"));
		}
		if (every < 1 || every > 12) {
			issues.add(new ScheduleIssue("every", "every"));
		}
		if (count == null && until == null) {
			issues.add(new ScheduleIssue("count", "count"));
		}
		if (count != null && (count < 2 || count > MAX_VISITS)) {
			issues.add(new ScheduleIssue("count", "count"));
		}
		if (first == null) {
			issues.add(new ScheduleIssue("first", "date"));
		}
		else if (until != null && until.isBefore(first)) {
			issues.add(new ScheduleIssue("until", "end-before-start"));
		}
		if (time == null) {
			issues.add(new ScheduleIssue("time", "time"));
		}
		return issues;
	}

	/** The dates of the visits, at most {@value #MAX_VISITS}. */
	public List<LocalDate> dates() {
		List<LocalDate> dates = new ArrayList<>();
		int ordinal = (first.getDayOfMonth() - 1) / 7 + 1;
		DayOfWeek weekday = first.getDayOfWeek();
		for (int k = 0; dates.size() < (count == null ? MAX_VISITS : count); k++) {
			LocalDate date = switch (frequency) {
				case WEEKLY -> first.plusWeeks((long) k * every);
				case MONTHLY_BY_DATE -> first.plusMonths((long) k * every);
				case MONTHLY_BY_WEEKDAY -> {
					LocalDate month = first.plusMonths((long) k * every).withDayOfMonth(1);
					yield ordinal >= 5 ? month.with(TemporalAdjusters.lastInMonth(weekday))
							: month.with(TemporalAdjusters.dayOfWeekInMonth(ordinal, weekday));
				}
			};
			if (until != null && date.isAfter(until)) {
				break;
			}
			dates.add(date);
		}
		return dates;
	}

	public List<java.time.Instant> starts(ZoneId zone) {
		return dates().stream().map(date -> ZonedDateTime.of(date, time, zone).toInstant()).toList();
	}

}
