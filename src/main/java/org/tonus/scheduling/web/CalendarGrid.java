package org.tonus.scheduling.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A day or week calendar as a table: a row per time step, a column per day or per practitioner. An
 * appointment fills the cell where it starts and spans the rows it lasts (so no inline styles are
 * needed under our CSP); working time without appointments is a free cell that books with one tap.
 */
record CalendarGrid(List<Column> columns, List<Row> rows) {

	/** A day or a practitioner; {@code working} are its hours that day, {@code appointments} what is booked. */
	record Column(String heading, String subheading, LocalDate date, String bookQuery, List<Stretch> working,
			List<Entry> appointments) {
	}

	record Stretch(Instant from, Instant to) {
	}

	/** One appointment as the calendar shows it. */
	record Entry(String id, Instant start, Instant end, String time, String title, String detail, String status) {
	}

	enum Kind {

		FREE, CLOSED, BUSY, COVERED

	}

	record Cell(Kind kind, int rowspan, List<Entry> entries, String bookQuery, String label) {

		/** For the template: "free", "closed", "busy" or "covered" (a row an appointment above spans). */
		public String type() {
			return switch (kind) {
				case FREE -> "free";
				case CLOSED -> "closed";
				case BUSY -> "busy";
				case COVERED -> "covered";
			};
		}

	}

	record Row(String label, boolean hour, List<Cell> cells) {
	}

	static CalendarGrid of(List<Column> columns, ZoneId zone, int stepMinutes) {
		LocalTime first = LocalTime.of(8, 0);
		LocalTime last = LocalTime.of(18, 0);
		for (Column column : columns) {
			for (Stretch stretch : column.working()) {
				first = min(first, stretch.from().atZone(zone).toLocalTime());
				last = max(last, stretch.to().atZone(zone).toLocalTime());
			}
			for (Entry entry : column.appointments()) {
				first = min(first, entry.start().atZone(zone).toLocalTime());
				last = max(last, endTime(entry, zone));
			}
		}
		first = first.withMinute(0);
		int steps = (int) Math.ceil(Duration.between(first, last).toMinutes() / (double) stepMinutes);
		List<List<Cell>> byColumn = new ArrayList<>();
		for (Column column : columns) {
			byColumn.add(cells(column, zone, first, steps, stepMinutes));
		}
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < steps; i++) {
			LocalTime time = first.plusMinutes((long) i * stepMinutes);
			List<Cell> cells = new ArrayList<>();
			for (List<Cell> column : byColumn) {
				cells.add(column.get(i));
			}
			rows.add(new Row(time.getMinute() == 0 || time.getMinute() == 30 ? time.toString() : "", time.getMinute() == 0, cells));
		}
		return new CalendarGrid(columns, rows);
	}

	private static List<Cell> cells(Column column, ZoneId zone, LocalTime first, int steps, int step) {
		List<Cell> cells = new ArrayList<>();
		int coveredUntil = -1;
		for (int i = 0; i < steps; i++) {
			Instant from = ZonedDateTime.of(column.date(), first.plusMinutes((long) i * step), zone).toInstant();
			Instant to = from.plus(Duration.ofMinutes(step));
			if (i < coveredUntil) {
				cells.add(new Cell(Kind.COVERED, 0, List.of(), null, null));
				continue;
			}
			List<Entry> starting = column.appointments()
				.stream()
				.filter(entry -> entry.start().isBefore(to) && entry.end().isAfter(from))
				.toList();
			if (!starting.isEmpty()) {
				Instant end = starting.stream().map(Entry::end).max(Instant::compareTo).orElseThrow();
				int span = (int) Math.max(1, Math.min(steps - i, Math.ceil(Duration.between(from, end).toMinutes() / (double) step)));
				// later appointments that begin under this span join the same cell
				List<Entry> joined = new ArrayList<>(starting);
				Instant spanEnd = from.plus(Duration.ofMinutes((long) span * step));
				for (Entry entry : column.appointments()) {
					if (!joined.contains(entry) && entry.start().isBefore(spanEnd) && !entry.start().isBefore(from)) {
						joined.add(entry);
					}
				}
				cells.add(new Cell(Kind.BUSY, span, joined, null, null));
				coveredUntil = i + span;
				continue;
			}
			boolean working = column.working().stream().anyMatch(s -> !s.from().isAfter(from) && !s.to().isBefore(to));
			String time = first.plusMinutes((long) i * step).toString();
			cells.add(working ? new Cell(Kind.FREE, 1, List.of(), column.bookQuery() + "&start=" + column.date() + "T" + time,
					"Book " + column.heading() + " at " + time)
					: new Cell(Kind.CLOSED, 1, List.of(), null, null));
		}
		return cells;
	}

	private static LocalTime endTime(Entry entry, ZoneId zone) {
		ZonedDateTime end = entry.end().atZone(zone);
		ZonedDateTime start = entry.start().atZone(zone);
		return end.toLocalDate().isAfter(start.toLocalDate()) ? LocalTime.of(23, 45) : end.toLocalTime();
	}

	private static LocalTime min(LocalTime a, LocalTime b) {
		return a.isBefore(b) ? a : b;
	}

	private static LocalTime max(LocalTime a, LocalTime b) {
		return a.isAfter(b) ? a : b;
	}

}
