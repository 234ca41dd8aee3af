package org.tonus.scheduling;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.tonus.client.ClientDetails;
import org.tonus.client.ClientId;
import org.tonus.client.ClientRegistry;
import org.tonus.client.PreferredContact;

/** Practitioners, services, rooms and clients for scheduling tests, each with unique names. */
final class ScheduleFixture {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private ScheduleFixture() {
	}

	/** Works Monday to Friday 09:00-12:30 and 13:30-17:00 (a lunch break), giving the service. */
	static Practitioner practitioner(Practitioners practitioners, ServiceId... services) {
		List<WeeklyHours> hours = new java.util.ArrayList<>();
		for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
				DayOfWeek.FRIDAY)) {
			hours.add(new WeeklyHours(day, LocalTime.of(9, 0), LocalTime.of(12, 30)));
			hours.add(new WeeklyHours(day, LocalTime.of(13, 30), LocalTime.of(17, 0)));
		}
		String tag = UUID.randomUUID().toString().substring(0, 6);
		return practitioners.create(new PractitionerDraft("Ana Test " + tag, "ana-" + tag + "@tonus.test", "LMT", null, null,
				hours, Set.copyOf(Arrays.asList(services))));
	}

	static ClinicService service(ClinicServices services, int minutes, int bufferAfter, RoomKind needs) {
		return services.save(new ClinicService(ServiceId.random(), "NMT " + minutes + " " + UUID.randomUUID().toString().substring(0, 4),
				minutes, 0, bufferAfter, 9000, needs, true, true));
	}

	static ClientId client(ClientRegistry clients, String email) {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		return clients.register(new ClientDetails("Mara", "Sched" + tag, null, null, email == null ? "mara-" + tag + "@example.com" : email, null, null, null, null, null,
				PreferredContact.EMAIL, null)).id();
	}

	/** A weekday at least {@code weeksAhead} weeks ahead, at the given Berlin wall-clock time. */
	static java.time.Instant monday(int weeksAhead, int hour, int minute) {
		LocalDate date = LocalDate.now(BERLIN).plusWeeks(weeksAhead).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		return ZonedDateTime.of(date, LocalTime.of(hour, minute), BERLIN).toInstant();
	}

}
