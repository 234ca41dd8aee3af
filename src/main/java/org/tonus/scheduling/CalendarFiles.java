package org.tonus.scheduling;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;

/**
 * Turns appointments into iCalendar (RFC 5545) text: a one-event file to attach to an e-mail, and
 * the feed that a calendar app subscribes to.
 *
 * <p>Times are written in UTC ({@code DTSTART:20250314T093000Z}), so no {@code VTIMEZONE} has to
 * be included: every calendar app shows a UTC time in its user's own zone, and an instant stays
 * exact across daylight-saving changes.
 *
 * <p>{@code METHOD} (RFC 5546) tells the receiving app what to do with the file: {@code PUBLISH}
 * adds the events or updates the ones it already has with the same {@code UID}, {@code CANCEL}
 * removes them. An app only takes a change whose {@code SEQUENCE} is higher than the one it holds,
 * so the sequence must grow with every change to an appointment. The e-mail part that carries an
 * invitation should name the same method: {@code text/calendar; charset=UTF-8; method=CANCEL}.
 *
 * <p>ical4j escapes the text values. The lines are folded here rather than by ical4j, which folds
 * after a number of characters, while RFC 5545 limits a line to 75 octets: a line full of umlauts
 * would be too long.
 */
final class CalendarFiles {

	private static final String PRODUCT = "Scheduling";

	private static final int MAX_LINE_OCTETS = 75;

	private CalendarFiles() {
	}

	/** One appointment as a calendar event. sequence increases with every change (use the appointment's version). */
	record Event(String uid, int sequence, Instant start, Instant end, String summary, String location,
			String description, boolean cancelled) {

		Event {
			Objects.requireNonNull(uid, "uid");
			Objects.requireNonNull(start, "start");
			Objects.requireNonNull(end, "end");
			Objects.requireNonNull(summary, "summary");
		}

	}

	/**
	 * A single-event calendar to attach to an e-mail: {@code METHOD:PUBLISH}, or {@code METHOD:CANCEL}
	 * with {@code STATUS:CANCELLED} when the event is cancelled. UTF-8 bytes.
	 * @param productName the product in {@code PRODID}: "Scheduling" gives {@code -//Tonus//Scheduling//EN}
	 */
	static byte[] invitation(Event event, String productName) {
		Calendar calendar = new Calendar().withProdId(productId(productName))
			.withDefaults()
			.withProperty(event.cancelled() ? ImmutableMethod.CANCEL : ImmutableMethod.PUBLISH)
			.withComponent(vevent(event, Instant.now()))
			.getFluentTarget();
		return text(calendar).getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A subscription feed: all the events, {@code METHOD:PUBLISH}, {@code X-WR-CALNAME} = name (the
	 * calendar's title in the subscriber's app). Cancelled events stay in it with
	 * {@code STATUS:CANCELLED}.
	 */
	static String feed(String name, List<Event> events) {
		Objects.requireNonNull(name, "name");
		Instant now = Instant.now();
		Calendar calendar = new Calendar().withProdId(productId(PRODUCT))
			.withDefaults()
			.withProperty(ImmutableMethod.PUBLISH)
			.withProperty(new XProperty("X-WR-CALNAME", plain(name)))
			.getFluentTarget();
		for (Event event : events) {
			calendar.withComponent(vevent(event, now));
		}
		return text(calendar);
	}

	private static String productId(String productName) {
		return "-//Tonus//" + productName + "//EN";
	}

	private static VEvent vevent(Event event, Instant stamp) {
		VEvent vevent = new VEvent(false);
		vevent.withProperty(new Uid(event.uid()))
			.withProperty(new DtStamp(stamp))
			.withProperty(new DtStart<>(event.start()))
			.withProperty(new DtEnd<>(event.end()))
			.withProperty(new Summary(plain(event.summary())));
		if (hasText(event.location())) {
			vevent.withProperty(new Location(plain(event.location())));
		}
		if (hasText(event.description())) {
			vevent.withProperty(new Description(plain(event.description())));
		}
		vevent.withProperty(new Sequence(event.sequence()))
			.withProperty(event.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
		return vevent;
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	/**
	 * The text without what ical4j would write as is and so break the file: ical4j escapes line
	 * breaks, but a lone carriage return must become one too, and control characters other than tab
	 * (which RFC 5545 does not allow in text) are dropped.
	 */
	private static String plain(String text) {
		return text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\p{Cntrl}&&[^\n\t]]", "");
	}

	/**
	 * The calendar as RFC 5545 text: ical4j's unfolded, escaped content lines, each folded so that no
	 * line is longer than 75 octets in UTF-8. A fold never splits a character.
	 */
	private static String text(Calendar calendar) {
		StringBuilder folded = new StringBuilder();
		for (String line : calendar.toString().split("\r\n")) {
			int octets = 0;
			for (int codePoint : line.codePoints().toArray()) {
				int width = utf8Length(codePoint);
				if (octets + width > MAX_LINE_OCTETS) {
					folded.append("\r\n ");
					octets = 1;
				}
				folded.appendCodePoint(codePoint);
				octets += width;
			}
			folded.append("\r\n");
		}
		return folded.toString();
	}

	private static int utf8Length(int codePoint) {
		if (codePoint < 0x80) {
			return 1;
		}
		if (codePoint < 0x800) {
			return 2;
		}
		return codePoint < 0x10000 ? 3 : 4;
	}

}
