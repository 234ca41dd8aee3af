package org.tonus.scheduling;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tonus.client.ClientId;
import org.tonus.client.ClientRegistry;
import org.tonus.support.IntegrationTest;
import org.tonus.treatment.PlanRequest;
import org.tonus.treatment.TreatmentPlans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class FeedAndFollowUpTests extends IntegrationTest {

	@Autowired
	Practitioners practitioners;

	@Autowired
	ClinicServices services;

	@Autowired
	Appointments appointments;

	@Autowired
	ClientRegistry clients;

	@Autowired
	FollowUps followUps;

	@Test
	void theSecretFeedListsThePractitionersVisitsWithFirstNamesOnlyUntilRevoked() throws Exception {
		ClinicService service = ScheduleFixture.service(services, 60, 0, null);
		Practitioner practitioner = ScheduleFixture.practitioner(practitioners, service.id());
		ClientId client = ScheduleFixture.client(clients, null);
		Instant start = ScheduleFixture.monday(1, 11, 0);
		appointments.book(new BookingRequest(practitioner.id(), client, service.id(), null, start, null, "private note", null,
				BookingSource.STAFF));
		String token = practitioners.issueFeed(practitioner.id());
		String ics = mvc.perform(get("/calendar/" + token + ".ics"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/calendar"))
			.andReturn().getResponse().getContentAsString();
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		List<net.fortuna.ical4j.model.component.VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).hasSize(1);
		String summary = events.get(0).getSummary().getValue();
		assertThat(summary).startsWith("Mara S.").contains(service.name()).doesNotContain("Sched");
		assertThat(ics).doesNotContain("private note");
		String newer = practitioners.issueFeed(practitioner.id());
		mvc.perform(get("/calendar/" + token + ".ics")).andExpect(status().isNotFound());
		practitioners.revokeFeed(practitioner.id());
		mvc.perform(get("/calendar/" + newer + ".ics")).andExpect(status().isNotFound());
	}

	@Autowired
	TreatmentPlans plans;

	@Test
	void aClientWhosePlanVisitIsDueAndHasNothingBookedIsListed() {
		ClientId planned = ScheduleFixture.client(clients, null);
		ClientId without = ScheduleFixture.client(clients, null);
		plans.save(planned, new PlanRequest(null, "Neck pain", List.of(new PlanRequest.GoalRow("PAIN", "Neck pain 3 or less", null, "7", "3")),
				List.of(new PlanRequest.TargetRow("upper-trapezius#0", "right", List.of("ISCHEMIC_COMPRESSION"))),
				List.of(new PlanRequest.PhaseRow("WEEKLY", "6")), null));
		List<FollowUps.Due> due = followUps.due();
		assertThat(due).noneMatch(d -> d.client().equals(without));
		assertThat(due).filteredOn(d -> d.client().equals(planned)).singleElement().satisfies(d -> {
			assertThat(d.lastVisit()).isNull();
			assertThat(d.due()).isAfter(LocalDate.now().minusDays(1)).isBefore(LocalDate.now().plusDays(9));
		});
		ClinicService service = ScheduleFixture.service(services, 60, 0, null);
		Practitioner practitioner = ScheduleFixture.practitioner(practitioners, service.id());
		appointments.book(new BookingRequest(practitioner.id(), planned, service.id(), null, ScheduleFixture.monday(1, 9, 0), null,
				null, null, BookingSource.STAFF));
		assertThat(followUps.due()).noneMatch(d -> d.client().equals(planned));
	}

}
