package org.tonus.scheduling;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarFilesTests {

	static final Instant START = Instant.parse("2025-03-14T09:30:00Z");

	static final Instant END = Instant.parse("2025-03-14T10:30:00Z");

	static final String LOCATION = "Müller; Room 2, chair";

	static final String DESCRIPTION = "Bring: shorts, towel; \"comfy\" shoes \\ no perfume\n"
			+ "Second line: Ærø Øst, Šđčž, 東京, 💪";

	@Test
	void anInvitationPublishesTheEventInUtcWithItsTextIntact() throws Exception {
		CalendarFiles.Event event = new CalendarFiles.Event("appt-42@tonus", 3, START, END,
				"Massage, 60 min; Müller", LOCATION, DESCRIPTION, false);

		String text = new String(CalendarFiles.invitation(event, "Scheduling"), StandardCharsets.UTF_8);

		Calendar calendar = parse(text);
		assertThat(value(calendar, Property.PRODID)).isEqualTo("-//Tonus//Scheduling//EN");
		assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
		assertThat(value(calendar, Property.METHOD)).isEqualTo("PUBLISH");
		assertThat(calendar.getComponents(Component.VTIMEZONE)).isEmpty();
		VEvent parsed = onlyEvent(calendar);
		assertThat(value(parsed, Property.UID)).isEqualTo("appt-42@tonus");
		assertThat(value(parsed, Property.DTSTAMP)).endsWith("Z");
		assertThat(value(parsed, Property.DTSTART)).isEqualTo("20250314T093000Z");
		assertThat(value(parsed, Property.DTEND)).isEqualTo("20250314T103000Z");
		assertThat(Instant.from(parsed.getDateTimeStart().getDate())).isEqualTo(START);
		assertThat(Instant.from(parsed.getDateTimeEnd().getDate())).isEqualTo(END);
		assertThat(value(parsed, Property.SUMMARY)).isEqualTo("Massage, 60 min; Müller");
		assertThat(value(parsed, Property.LOCATION)).isEqualTo(LOCATION);
		assertThat(value(parsed, Property.DESCRIPTION)).isEqualTo(DESCRIPTION);
		assertThat(parsed.getSequence().getSequenceNo()).isEqualTo(3);
		assertThat(value(parsed, Property.STATUS)).isEqualTo("CONFIRMED");
		assertThat(text).contains("LOCATION:Müller\\; Room 2\\, chair\r\n");
		assertFoldedWithin75Octets(text);
	}

	@Test
	void aCancelledInvitationCancelsTheEventWithAHigherSequence() throws Exception {
		CalendarFiles.Event event = new CalendarFiles.Event("appt-42@tonus", 4, START, END, "Massage", LOCATION, null,
				true);

		Calendar calendar = parse(new String(CalendarFiles.invitation(event, "Scheduling"), StandardCharsets.UTF_8));

		assertThat(value(calendar, Property.METHOD)).isEqualTo("CANCEL");
		VEvent parsed = onlyEvent(calendar);
		assertThat(value(parsed, Property.UID)).isEqualTo("appt-42@tonus");
		assertThat(value(parsed, Property.STATUS)).isEqualTo("CANCELLED");
		assertThat(parsed.getSequence().getSequenceNo()).isEqualTo(4);
	}

	@Test
	void leavesOutBlankLocationAndDescription() throws Exception {
		CalendarFiles.Event event = new CalendarFiles.Event("appt-7@tonus", 0, START, END, "Follow-up", " ", null,
				false);

		VEvent parsed = onlyEvent(parse(new String(CalendarFiles.invitation(event, "Scheduling"), StandardCharsets.UTF_8)));

		assertThat(parsed.getProperty(Property.LOCATION)).isEmpty();
		assertThat(parsed.getProperty(Property.DESCRIPTION)).isEmpty();
		assertThat(parsed.getSequence().getSequenceNo()).isZero();
	}

	@Test
	void keepsLineBreaksAndDropsControlCharactersThatWouldBreakTheFile() throws Exception {
		CalendarFiles.Event event = new CalendarFiles.Event("appt-8@tonus", 1, START, END, "Check-up", null,
				"typed\r\non Windows\rand an old Mac\u0007, with\ttab", false);

		VEvent parsed = onlyEvent(parse(new String(CalendarFiles.invitation(event, "Scheduling"), StandardCharsets.UTF_8)));

		assertThat(value(parsed, Property.DESCRIPTION)).isEqualTo("typed\non Windows\nand an old Mac, with\ttab");
	}

	@Test
	void aFeedHoldsEveryEventUnderTheCalendarsName() throws Exception {
		List<CalendarFiles.Event> events = List.of(
				new CalendarFiles.Event("appt-1@tonus", 0, START, END, "Massage", LOCATION, null, false),
				new CalendarFiles.Event("appt-2@tonus", 2, START.plusSeconds(86400), END.plusSeconds(86400), "Assessment",
						null, DESCRIPTION, true),
				new CalendarFiles.Event("appt-3@tonus", 1, START.plusSeconds(172800), END.plusSeconds(172800),
						"Follow-up", null, null, false));

		String text = CalendarFiles.feed("Dr. Müller, Physio; Oslo", events);

		Calendar calendar = parse(text);
		assertThat(value(calendar, Property.METHOD)).isEqualTo("PUBLISH");
		assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo("Dr. Müller, Physio; Oslo");
		List<VEvent> parsed = calendar.getComponents(Component.VEVENT);
		assertThat(parsed).hasSize(3);
		assertThat(parsed).extracting(event -> value(event, Property.UID))
			.containsExactly("appt-1@tonus", "appt-2@tonus", "appt-3@tonus");
		assertThat(parsed).extracting(event -> value(event, Property.STATUS))
			.containsExactly("CONFIRMED", "CANCELLED", "CONFIRMED");
		assertThat(Instant.from(parsed.get(2).getDateTimeStart().getDate())).isEqualTo(START.plusSeconds(172800));
		assertThat(value(parsed.get(1), Property.DESCRIPTION)).isEqualTo(DESCRIPTION);
		assertFoldedWithin75Octets(text);
	}

	@Test
	void foldsLongLinesByOctetsWithoutSplittingCharacters() throws Exception {
		String summary = "Behandlung für Ärztin Jürgensen ".repeat(4) + "ÄÖÜäöüß€".repeat(12) + "💪".repeat(30);
		CalendarFiles.Event event = new CalendarFiles.Event("appt-9@tonus", 1, START, END, summary, null, null, false);

		String text = new String(CalendarFiles.invitation(event, "Scheduling"), StandardCharsets.UTF_8);

		assertFoldedWithin75Octets(text);
		assertThat(text).doesNotContain("\uFFFD");
		assertThat(value(onlyEvent(parse(text)), Property.SUMMARY)).isEqualTo(summary);
	}

	private static Calendar parse(String text) throws Exception {
		return new CalendarBuilder().build(new StringReader(text));
	}

	private static VEvent onlyEvent(Calendar calendar) {
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).hasSize(1);
		return events.get(0);
	}

	private static String value(PropertyContainer container, String name) {
		return container.getProperty(name).map(Property::getValue).orElse(null);
	}

	private static void assertFoldedWithin75Octets(String text) {
		assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
		for (String line : text.split("\r\n")) {
			assertThat(line).doesNotContain("\r", "\n");
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
	}

}
