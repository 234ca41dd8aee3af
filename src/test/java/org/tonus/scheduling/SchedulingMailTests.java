package org.tonus.scheduling;

import java.io.ByteArrayOutputStream;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tonus.client.ClientId;
import org.tonus.client.ClientRegistry;
import org.tonus.support.MailIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

class SchedulingMailTests extends MailIntegrationTest {

	@Autowired
	OutboxDispatcher dispatcher;

	@Autowired
	Practitioners practitioners;

	@Autowired
	ClinicServices services;

	@Autowired
	Appointments appointments;

	@Autowired
	Waitlist waitlist;

	@Autowired
	ClientRegistry clients;

	@Test
	void aNewClientBooksOnlineGetsTheConfirmationWithACalendarFileAndTheIntakeLink() throws Exception {
		ClinicService service = ScheduleFixture.service(services, 60, 10, null);
		Practitioner practitioner = ScheduleFixture.practitioner(practitioners, service.id());
		String start = ScheduleFixture.monday(2, 14, 0).atZone(ScheduleFixture.BERLIN).toOffsetDateTime().toString();
		String email = "new-" + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
		mvc.perform(get("/book/" + service.id()).param("practitioner", practitioner.id().toString())
			.param("from", start.substring(0, 10)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("14:00")));
		mvc.perform(post("/book/" + service.id()).with(csrf()).param("practitioner", practitioner.id().toString())
			.param("start", start).param("givenName", "Lena").param("familyName", "Online").param("email", email)
			.param("dateOfBirth", "1985-04-12").param("consent", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You are booked")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("/intake/"))));
		dispatcher.dispatchDue();
		MimeMessage confirmation = only(email);
		assertThat(confirmation.getSubject()).contains("your appointment is booked");
		String text = text(confirmation);
		assertThat(text).contains("/book/manage/").contains("/intake/").contains("14:00");
		String ics = attachment(confirmation);
		assertThat(ics).contains("BEGIN:VEVENT").contains("METHOD:PUBLISH")
			.contains("DTSTART:" + ZonedDateTime.parse(start).withZoneSameInstant(java.time.ZoneOffset.UTC).format(
					java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")));
		// nothing is sent twice: a second run finds nothing due for this client
		dispatcher.dispatchDue();
		assertThat(received(email)).hasSize(1);
		// the same form sent again books nothing more and registers nobody twice
		mvc.perform(post("/book/" + service.id()).with(csrf()).param("practitioner", practitioner.id().toString())
			.param("start", start).param("givenName", "Lena").param("familyName", "Online").param("email", email)
			.param("dateOfBirth", "1985-04-12").param("consent", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You already have an appointment at this time")));
		// someone new asking for the taken time is refused and leaves no client record behind
		String other = "late-" + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
		mvc.perform(post("/book/" + service.id()).with(csrf()).param("practitioner", practitioner.id().toString())
			.param("start", start).param("givenName", "Otto").param("familyName", "Late").param("email", other)
			.param("dateOfBirth", "1979-09-09").param("consent", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("someone has just booked this time")));
		assertThat(jdbc.sql("SELECT count(*) FROM client_client WHERE email IN (?, ?)").params(email, other).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void aReminderGoesOutAtItsLeadTimeAndAMovedVisitDropsTheOldOne() throws Exception {
		ClinicService service = ScheduleFixture.service(services, 30, 0, null);
		Practitioner practitioner = allWeek(service);
		String email = "remind-" + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
		ClientId client = ScheduleFixture.client(clients, email);
		Instant start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
		Appointment booked = appointments.book(new BookingRequest(practitioner.id(), client, service.id(), null, start, null, null,
				null, BookingSource.STAFF));
		// a day passes: the 48-hour reminder comes due (the clock is the database's, so move the row's time)
		assertThat(jdbc.sql("UPDATE scheduling_outbox SET due_at = now() - interval '1 minute' WHERE appointment_id = ? AND lead_minutes = 2880")
			.param(booked.id().id()).update()).isEqualTo(1);
		dispatcher.dispatchDue();
		List<String> subjects = subjects(email);
		assertThat(subjects).hasSize(2).anyMatch(s -> s.contains("booked")).anyMatch(s -> s.contains("reminder"));
		appointments.move(booked.id(), booked.version(), new BookingRequest(null, null, null, null, start.plus(Duration.ofHours(72)),
				null, null, null, BookingSource.STAFF));
		dispatcher.dispatchDue();
		assertThat(subjects(email)).hasSize(3).last().asString().contains("moved");
		long pending = jdbc.sql("SELECT count(*) FROM scheduling_outbox WHERE appointment_id = ? AND sent_at IS NULL AND dropped_at IS NULL")
			.param(booked.id().id()).query(Long.class).single();
		assertThat(pending).as("the two reminders of the new time").isEqualTo(2);
	}

	@Test
	void aCancellationOffersTheTimeToTheWaitlistAndTheFirstToClaimGetsIt() throws Exception {
		ClinicService service = ScheduleFixture.service(services, 60, 0, null);
		Practitioner practitioner = ScheduleFixture.practitioner(practitioners, service.id());
		String firstEmail = "wait1-" + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
		String secondEmail = "wait2-" + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
		ClientId holder = ScheduleFixture.client(clients, null);
		ClientId first = ScheduleFixture.client(clients, firstEmail);
		ClientId second = ScheduleFixture.client(clients, secondEmail);
		Instant start = ScheduleFixture.monday(1, 9, 0);
		java.time.LocalDate day = start.atZone(ScheduleFixture.BERLIN).toLocalDate();
		Appointment taken = appointments.book(new BookingRequest(practitioner.id(), holder, service.id(), null, start, null, null,
				null, BookingSource.STAFF));
		waitlist.add(first, service.id(), null, day.minusDays(3), day.plusDays(3), WaitlistEntry.DayPart.MORNING, null);
		waitlist.add(second, service.id(), practitioner.id(), day, day, WaitlistEntry.DayPart.ANY, null);
		String manage = "/book/manage/" + appointments.manageToken(taken.id());
		mvc.perform(post(manage + "/cancel").with(csrf()).param("reason", "Travelling"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cancelled")));
		dispatcher.dispatchDue();
		String firstOffer = link(text(only(firstEmail)), "/book/offer/");
		String secondOffer = link(text(only(secondEmail)), "/book/offer/");
		mvc.perform(get(secondOffer)).andExpect(status().isOk()).andExpect(content().string(containsString("Take this time")));
		mvc.perform(post(secondOffer).with(csrf())).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/book/manage/*"));
		mvc.perform(get(firstOffer)).andExpect(status().isOk()).andExpect(content().string(containsString("no longer open")));
		mvc.perform(post(firstOffer).with(csrf())).andExpect(status().isOk())
			.andExpect(content().string(containsString("taken by someone else")));
		assertThat(appointments.between(start, start.plusSeconds(3600), practitioner.id(), null))
			.singleElement()
			.satisfies(appointment -> {
				assertThat(appointment.client()).isEqualTo(second);
				assertThat(appointment.source()).isEqualTo(BookingSource.WAITLIST);
			});
		mvc.perform(get(manage + "x")).andExpect(status().isNotFound());
	}

	private Practitioner allWeek(ClinicService service) {
		List<WeeklyHours> hours = Arrays.stream(DayOfWeek.values())
			.map(day -> new WeeklyHours(day, LocalTime.MIN, LocalTime.of(23, 59)))
			.toList();
		String tag = UUID.randomUUID().toString().substring(0, 6);
		return practitioners.create(new PractitionerDraft("Nora " + tag, "nora-" + tag + "@tonus.test", "LMT", null, null, hours,
				Set.of(service.id())));
	}

	private static List<String> subjects(String address) throws Exception {
		List<String> subjects = new ArrayList<>();
		for (MimeMessage message : received(address)) {
			subjects.add(message.getSubject());
		}
		return subjects;
	}

	private static MimeMessage only(String address) throws Exception {
		List<MimeMessage> messages = received(address);
		assertThat(messages).hasSize(1);
		return messages.get(0);
	}

	static String text(MimeMessage message) throws Exception {
		Object content = message.getContent();
		if (content instanceof String text) {
			return text;
		}
		Multipart parts = (Multipart) content;
		for (int i = 0; i < parts.getCount(); i++) {
			String found = textOf(parts.getBodyPart(i));
			if (found != null) {
				return found;
			}
		}
		throw new AssertionError("no text part");
	}

	private static String textOf(BodyPart part) throws Exception {
		if (part.isMimeType("text/plain")) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart inner) {
			for (int i = 0; i < inner.getCount(); i++) {
				String found = textOf(inner.getBodyPart(i));
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	static String attachment(MimeMessage message) throws Exception {
		Multipart parts = (Multipart) message.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			BodyPart part = parts.getBodyPart(i);
			if (part.isMimeType("text/calendar")) {
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				part.getDataHandler().writeTo(out);
				return out.toString(java.nio.charset.StandardCharsets.UTF_8);
			}
		}
		throw new AssertionError("no calendar attachment");
	}

	static String link(String text, String path) {
		Matcher matcher = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(path) + "[A-Za-z0-9_\\-.]+)").matcher(text);
		assertThat(matcher.find()).as("a link to " + path).isTrue();
		return matcher.group(1);
	}

}
