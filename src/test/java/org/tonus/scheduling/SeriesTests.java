package org.tonus.scheduling;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tonus.client.ClientId;
import org.tonus.client.ClientRegistry;
import org.tonus.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class SeriesTests extends IntegrationTest {

	@Autowired
	Series series;

	@Autowired
	Appointments appointments;

	@Autowired
	Practitioners practitioners;

	@Autowired
	ClinicServices services;

	@Autowired
	ClientRegistry clients;

	@Test
	void weeklyVisitsKeepTheirWallClockTimeAcrossTheChangeToSummerTime() {
		LocalDate first = LocalDate.of(2027, 3, 15);
		SeriesRule rule = new SeriesRule(SeriesRule.Frequency.WEEKLY, 1, 10, null, first, LocalTime.of(9, 0));
		List<Instant> starts = rule.starts(ScheduleFixture.BERLIN);
		assertThat(starts).hasSize(10);
		assertThat(starts).allSatisfy(start -> assertThat(start.atZone(ScheduleFixture.BERLIN).toLocalTime()).isEqualTo(LocalTime.of(9, 0)));
		// 28 March 2027 moves the clocks forward: 09:00 is 08:00 UTC before and 07:00 UTC after
		assertThat(starts.get(0).toString()).isEqualTo("2027-03-15T08:00:00Z");
		assertThat(starts.get(2).toString()).isEqualTo("2027-03-29T07:00:00Z");
	}

	@Test
	void monthlyRulesFollowTheDateOrTheWeekdayOfTheMonth() {
		LocalDate secondTuesday = LocalDate.of(2027, 1, 12);
		assertThat(new SeriesRule(SeriesRule.Frequency.MONTHLY_BY_WEEKDAY, 1, 4, null, secondTuesday, LocalTime.NOON).dates())
			.containsExactly(secondTuesday, LocalDate.of(2027, 2, 9), LocalDate.of(2027, 3, 9), LocalDate.of(2027, 4, 13));
		assertThat(new SeriesRule(SeriesRule.Frequency.MONTHLY_BY_DATE, 2, null, LocalDate.of(2027, 7, 31), LocalDate.of(2027, 1, 31),
				LocalTime.NOON).dates())
			.containsExactly(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 3, 31), LocalDate.of(2027, 5, 31), LocalDate.of(2027, 7, 31));
		assertThat(new SeriesRule(SeriesRule.Frequency.WEEKLY, 0, 1, null, null, null).problems())
			.extracting(ScheduleIssue::field)
			.contains("every", "count", "first", "time");
	}

	@Test
	void aTakenVisitIsListedWithFreeTimesAndAllOrNothingBooksNone() {
		ClinicService service = ScheduleFixture.service(services, 60, 0, null);
		Practitioner practitioner = ScheduleFixture.practitioner(practitioners, service.id());
		ClientId client = ScheduleFixture.client(clients, null);
		LocalDate firstMonday = LocalDate.now(ScheduleFixture.BERLIN).plusWeeks(1).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		Instant thirdVisit = ZonedDateTime.of(firstMonday.plusWeeks(2), LocalTime.of(10, 0), ScheduleFixture.BERLIN).toInstant();
		appointments.book(new BookingRequest(practitioner.id(), ScheduleFixture.client(clients, null), service.id(), null, thirdVisit,
				null, null, null, BookingSource.STAFF));
		BookingRequest base = new BookingRequest(practitioner.id(), client, service.id(), null, null, null, null, null, BookingSource.STAFF);
		SeriesRule weekly = new SeriesRule(SeriesRule.Frequency.WEEKLY, 1, 10, null, firstMonday, LocalTime.of(10, 0));
		long before = count(client);
		SeriesBooking none = series.book(base, weekly, true);
		assertThat(none.booked()).isEmpty();
		assertThat(none.conflicts()).singleElement().satisfies(conflict -> {
			assertThat(conflict.index()).isEqualTo(2);
			assertThat(conflict.reason()).isEqualTo("taken-practitioner");
			assertThat(conflict.alternatives()).isNotEmpty();
		});
		assertThat(count(client)).isEqualTo(before);
		SeriesBooking most = series.book(base, weekly, false);
		assertThat(most.booked()).hasSize(9);
		assertThat(most.conflicts()).hasSize(1);
		Appointment second = most.booked().get(1);
		Instant tuesdayEleven = ZonedDateTime.of(firstMonday.plusWeeks(1).plusDays(1), LocalTime.of(11, 0), ScheduleFixture.BERLIN).toInstant();
		assertThat(series.moveFollowing(second.id(), tuesdayEleven, null)).isEmpty();
		assertThat(series.occurrences(most.series()))
			.filteredOn(appointment -> appointment.seriesIndex() >= 1)
			.allSatisfy(appointment -> {
				ZonedDateTime local = appointment.start().atZone(ScheduleFixture.BERLIN);
				assertThat(local.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
				assertThat(local.toLocalTime()).isEqualTo(LocalTime.of(11, 0));
			});
		assertThat(series.occurrences(most.series()).get(0).start().atZone(ScheduleFixture.BERLIN).getDayOfWeek())
			.isEqualTo(DayOfWeek.MONDAY);
		// a whole week later: the last visit moves first, so none lands on its successor's time
		Appointment secondNow = appointments.findWithoutAudit(second.id()).orElseThrow();
		assertThat(series.moveFollowing(secondNow.id(), secondNow.start().plus(java.time.Duration.ofDays(7)), null)).isEmpty();
		assertThat(appointments.findWithoutAudit(second.id()).orElseThrow().start()).isEqualTo(secondNow.start().plus(java.time.Duration.ofDays(7)));
		Appointment fifth = appointments.findWithoutAudit(most.booked().get(3).id()).orElseThrow();
		assertThat(fifth.seriesIndex()).isEqualTo(4);
		assertThat(series.cancelFollowing(fifth.id(), "Moving away")).isEqualTo(6);
		assertThat(series.occurrences(most.series()))
			.filteredOn(appointment -> appointment.status() == AppointmentStatus.BOOKED)
			.hasSize(3);
	}

	private long count(ClientId client) {
		return jdbc.sql("SELECT count(*) FROM scheduling_appointment WHERE client_id = ?").param(client.id()).query(Long.class).single();
	}

}
