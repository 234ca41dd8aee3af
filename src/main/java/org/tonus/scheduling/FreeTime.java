package org.tonus.scheduling;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The arithmetic of free slots, without a database: working time is weekly hours laid onto dates in
 * the location's zone (so 09:00 stays 09:00 across daylight-saving changes), intersected with the
 * location's opening hours; a slot is free when the visit lies inside working time and the visit
 * with its buffers overlaps nothing busy. Busy lists are sorted and merged once, then searched, so
 * a month for ten practitioners is a few thousand cheap checks.
 */
final class FreeTime {

	private FreeTime() {
	}

	/** Working time on each date from {@code first} to {@code last} (inclusive). */
	static List<Span> working(LocalDate first, LocalDate last, ZoneId zone, List<WeeklyHours> hours,
			List<WeeklyHours> opening) {
		List<Span> spans = new ArrayList<>();
		for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
			DayOfWeek day = date.getDayOfWeek();
			for (WeeklyHours interval : hours) {
				if (interval.day() != day) {
					continue;
				}
				if (opening.isEmpty()) {
					spans.add(span(date, interval.from(), interval.to(), zone));
					continue;
				}
				for (WeeklyHours open : opening) {
					if (open.day() == day && open.from().isBefore(interval.to()) && interval.from().isBefore(open.to())) {
						LocalTime from = max(open.from(), interval.from());
						LocalTime to = min(open.to(), interval.to());
						spans.add(span(date, from, to, zone));
					}
				}
			}
		}
		Collections.sort(spans);
		return spans;
	}

	/** Sorted, with overlapping or touching spans joined. */
	static List<Span> merged(List<Span> spans) {
		List<Span> sorted = new ArrayList<>(spans);
		Collections.sort(sorted);
		List<Span> merged = new ArrayList<>();
		for (Span span : sorted) {
			Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && !span.from().isAfter(last.to())) {
				merged.set(merged.size() - 1, new Span(last.from(), span.to().isAfter(last.to()) ? span.to() : last.to()));
			}
			else {
				merged.add(span);
			}
		}
		return merged;
	}

	/** Whether [from, to) overlaps any of the merged, sorted {@code busy} spans. */
	static boolean overlapsAny(List<Span> busy, Instant from, Instant to) {
		int low = 0;
		int high = busy.size() - 1;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			Span span = busy.get(middle);
			if (!span.to().isAfter(from)) {
				low = middle + 1;
			}
			else if (!span.from().isBefore(to)) {
				high = middle - 1;
			}
			else {
				return true;
			}
		}
		return false;
	}

	/** Whether [from, to) lies inside one working span. */
	static boolean inside(List<Span> working, Instant from, Instant to) {
		for (Span span : working) {
			if (!span.from().isAfter(from) && !span.to().isBefore(to)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The starts, on a grid of {@code step} from the beginning of each working span, where a visit of
	 * {@code length} fits in working time and, widened by the buffers, misses everything busy; none
	 * before {@code notBefore} or after {@code notAfter}.
	 */
	static List<Instant> starts(List<Span> working, List<Span> busy, Duration length, Duration before, Duration after,
			Duration step, Instant notBefore, Instant notAfter) {
		List<Instant> starts = new ArrayList<>();
		for (Span span : working) {
			for (Instant start = span.from(); !start.plus(length).isAfter(span.to()); start = start.plus(step)) {
				if (start.isBefore(notBefore) || start.isAfter(notAfter)) {
					continue;
				}
				if (!overlapsAny(busy, start.minus(before), start.plus(length).plus(after))) {
					starts.add(start);
				}
			}
		}
		return starts;
	}

	private static Span span(LocalDate date, LocalTime from, LocalTime to, ZoneId zone) {
		return new Span(ZonedDateTime.of(date, from, zone).toInstant(), ZonedDateTime.of(date, to, zone).toInstant());
	}

	private static LocalTime max(LocalTime a, LocalTime b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalTime min(LocalTime a, LocalTime b) {
		return a.isBefore(b) ? a : b;
	}

}
