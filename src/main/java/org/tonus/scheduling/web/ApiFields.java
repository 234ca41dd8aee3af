package org.tonus.scheduling.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import org.tonus.scheduling.InvalidSchedule;
import org.tonus.scheduling.ScheduleIssue;
import org.tonus.scheduling.WeeklyHours;

/** Reads the text fields of a scheduling request (API or form), collecting every bad one before failing. */
final class ApiFields {

	private final List<ScheduleIssue> issues = new ArrayList<>();

	UUID uuid(String field, String value, boolean required) {
		return parse(field, value, required, UUID::fromString, "unknown-" + field.replace("Id", ""));
	}

	Instant instant(String field, String value, boolean required) {
		return parse(field, value, required, text -> OffsetDateTime.parse(text).toInstant(), "instant");
	}

	LocalDate date(String field, String value, boolean required) {
		return parse(field, value, required, LocalDate::parse, "date");
	}

	LocalTime time(String field, String value, boolean required) {
		return parse(field, value, required, LocalTime::parse, "time");
	}

	Integer integer(String field, String value, boolean required, String code) {
		return parse(field, value, required, Integer::valueOf, code);
	}

	/** [{"day": "MONDAY", "from": "09:00", "to": "17:00"}, ...] */
	List<WeeklyHours> hours(String field, List<HoursEntry> entries) {
		List<WeeklyHours> hours = new ArrayList<>();
		if (entries == null) {
			return hours;
		}
		for (HoursEntry entry : entries) {
			DayOfWeek day = parse(field, entry == null ? null : entry.day(), true,
					text -> DayOfWeek.valueOf(text.toUpperCase(Locale.ROOT)), "day");
			LocalTime from = time(field, entry == null ? null : entry.from(), true);
			LocalTime to = time(field, entry == null ? null : entry.to(), true);
			if (day != null && from != null && to != null) {
				if (!to.isAfter(from)) {
					issue(field, "end-before-start");
				}
				else {
					hours.add(new WeeklyHours(day, from, to));
				}
			}
		}
		return hours;
	}

	record HoursEntry(String day, String from, String to) {
	}

	void issue(String field, String code) {
		if (issues.stream().noneMatch(issue -> issue.field().equals(field))) {
			issues.add(new ScheduleIssue(field, code));
		}
	}

	void check() {
		if (!issues.isEmpty()) {
			throw new InvalidSchedule(issues);
		}
	}

	private <T> T parse(String field, String value, boolean required, Function<String, T> parser, String code) {
		if (value == null || value.isBlank()) {
			if (required) {
				issue(field, "required");
			}
			return null;
		}
		try {
			return parser.apply(value.strip());
		}
		catch (DateTimeParseException | IllegalArgumentException bad) {
			issue(field, code);
			return null;
		}
	}

}
