package org.tonus.scheduling;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** One working interval on a weekday, in the location's time zone; several on one day leave breaks between them. */
public record WeeklyHours(DayOfWeek day, LocalTime from, LocalTime to) {

	public WeeklyHours {
		Objects.requireNonNull(day, "day");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (!to.isAfter(from)) {
			throw new IllegalArgumentException("An interval ends after it starts");
		}
	}

	public boolean overlaps(WeeklyHours other) {
		return day == other.day && from.isBefore(other.to) && other.from.isBefore(to);
	}

}
