package org.tonus.outcomes;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tonus.client.ClientDetails;
import org.tonus.client.ClientId;
import org.tonus.client.ClientRegistry;
import org.tonus.client.PreferredContact;
import org.tonus.scheduling.Appointments;
import org.tonus.scheduling.BookingRequest;
import org.tonus.scheduling.BookingSource;
import org.tonus.scheduling.ClinicService;
import org.tonus.scheduling.ClinicServices;
import org.tonus.scheduling.Practitioner;
import org.tonus.scheduling.PractitionerDraft;
import org.tonus.scheduling.Practitioners;
import org.tonus.scheduling.ServiceId;
import org.tonus.scheduling.WeeklyHours;
import org.tonus.support.MailIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionnaireRemindersTests extends MailIntegrationTest {

	@Autowired
	QuestionnaireReminders reminders;

	@Autowired
	Assignments assignments;

	@Autowired
	Measures measures;

	@Autowired
	ClientRegistry clients;

	@Autowired
	Practitioners practitioners;

	@Autowired
	ClinicServices services;

	@Autowired
	Appointments appointments;

	@Test
	void aClientWithAVisitTomorrowAndAQuestionnaireDueGetsTheLinkOnce() throws Exception {
		ClinicService service = services.save(new ClinicService(ServiceId.random(), "NMT " + UUID.randomUUID().toString().substring(0, 4),
				45, 0, 0, 9000, null, true, true));
		List<WeeklyHours> hours = Arrays.stream(DayOfWeek.values()).map(day -> new WeeklyHours(day, LocalTime.MIN, LocalTime.of(23, 59))).toList();
		String tag = UUID.randomUUID().toString().substring(0, 6);
		Practitioner practitioner = practitioners.create(new PractitionerDraft("Quin " + tag, "quin-" + tag + "@tonus.test", "LMT", null,
				null, hours, Set.of(service.id())));
		String due = "due-" + tag + "@example.com";
		String notDue = "answered-" + tag + "@example.com";
		ClientId withDue = client("Dora", due);
		ClientId answered = client("Abel", notDue);
		assignments.assign(withDue, "pss-10", Assignment.Schedule.INTAKE, null);
		assignments.assign(answered, "nrs-pain", Assignment.Schedule.INTAKE, null);
		measures.record(answered, "nrs-pain", java.util.Map.of("pain", 4), java.time.LocalDate.now(), Measures.Source.STAFF, "");
		Instant tomorrow = Instant.now().plus(Duration.ofHours(24)).truncatedTo(ChronoUnit.HOURS);
		appointments.book(new BookingRequest(practitioner.id(), withDue, service.id(), null, tomorrow, null, null, null, BookingSource.STAFF));
		appointments.book(new BookingRequest(practitioner.id(), answered, service.id(), null, tomorrow.plus(Duration.ofHours(1)), null,
				null, null, BookingSource.STAFF));

		reminders.sendDue();
		List<MimeMessage> sent = received(due);
		assertThat(sent).singleElement().satisfies(message -> {
			assertThat(message.getSubject()).endsWith("a few questions before your visit");
			String text = (String) message.getContent();
			String token = text.replaceAll("(?s).*/measures/(\\S+).*", "$1");
			assertThat(measures.open(token).instruments()).containsExactly("pss-10");
		});
		assertThat(received(notDue)).as("nothing due").isEmpty();

		reminders.sendDue();
		assertThat(received(due)).as("not again within three days").hasSize(1);
	}

	private ClientId client(String given, String email) {
		return clients.register(new ClientDetails(given, "Reminded" + System.nanoTime(), null, null, email, null, null, null, null, null,
				PreferredContact.EMAIL, null)).id();
	}

}
