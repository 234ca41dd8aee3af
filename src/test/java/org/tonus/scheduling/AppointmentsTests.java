package org.tonus.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tonus.client.ClientId;
import org.tonus.client.ClientRegistry;
import org.tonus.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AppointmentsTests extends IntegrationTest {

	@Autowired
	Appointments appointments;

	@Autowired
	Practitioners practitioners;

	@Autowired
	ClinicServices services;

	@Autowired
	Rooms rooms;

	@Autowired
	Availability availability;

	@Autowired
	ClientRegistry clients;

	@Test
	void theSameSlotBookedFromManyThreadsAtOnceGivesExactlyOneAppointment() throws Exception {
		ClinicService service = ScheduleFixture.service(services, 60, 0, null);
		Practitioner practitioner = ScheduleFixture.practitioner(practitioners, service.id());
		Instant start = ScheduleFixture.monday(2, 10, 0);
		List<ClientId> people = new ArrayList<>();
		for (int i = 0; i < 24; i++) {
			people.add(ScheduleFixture.client(clients, null));
		}
		ExecutorService pool = Executors.newFixedThreadPool(12);
		List<Future<String>> outcomes = new ArrayList<>();
		for (ClientId person : people) {
			Callable<String> attempt = () -> {
				try {
					appointments.book(new BookingRequest(practitioner.id(), person, service.id(), null, start, null, null, null,
							BookingSource.STAFF));
					return "booked";
				}
				catch (SlotTaken taken) {
					return "taken";
				}
			};
			outcomes.add(pool.submit(attempt));
		}
		List<String> results = new ArrayList<>();
		for (Future<String> outcome : outcomes) {
			results.add(outcome.get());
		}
		pool.shutdown();
		assertThat(results).filteredOn("booked"::equals).hasSize(1);
		assertThat(results).filteredOn("taken"::equals).hasSize(23);
		assertThat(appointments.between(start, start.plusSeconds(3600), practitioner.id(), null)).hasSize(1);
	}

	@Test
	void aTakenTimeIsRefusedWithFreeTimesNearbyAndTheBufferKeepsTurnoverTime() {
		ClinicService service = ScheduleFixture.service(services, 60, 15, null);
		Practitioner practitioner = ScheduleFixture.practitioner(practitioners, service.id());
		Instant ten = ScheduleFixture.monday(3, 10, 0);
		appointments.book(request(practitioner, service, ScheduleFixture.client(clients, null), ten));
		assertThatThrownBy(() -> appointments.book(request(practitioner, service, ScheduleFixture.client(clients, null),
				ten.plus(Duration.ofMinutes(30)))))
			.isInstanceOfSatisfying(SlotTaken.class, taken -> {
				assertThat(taken.resource()).isEqualTo(SlotTaken.Resource.PRACTITIONER);
				assertThat(taken.alternatives()).isNotEmpty().allSatisfy(slot -> assertThat(slot.start()).isNotEqualTo(ten));
			});
		// 11:00 is inside the first visit's 15-minute turnover; 11:15 is free
		assertThatThrownBy(() -> appointments.book(request(practitioner, service, ScheduleFixture.client(clients, null),
				ten.plus(Duration.ofMinutes(60))))).isInstanceOf(SlotTaken.class);
		Appointment next = appointments.book(request(practitioner, service, ScheduleFixture.client(clients, null),
				ten.plus(Duration.ofMinutes(75))));
		assertThat(next.busyTo()).isEqualTo(ten.plus(Duration.ofMinutes(150)));
	}

	@Test
	void theSameClientCannotBeInTwoPlacesAndAChairIsUsedOnceAtATime() {
		ClinicService chair = ScheduleFixture.service(services, 30, 0, RoomKind.CHAIR);
		Room onlyChair = rooms.save(new Room(RoomId.random(), null, "Chair " + System.nanoTime(), RoomKind.CHAIR, true));
		Practitioner one = ScheduleFixture.practitioner(practitioners, chair.id());
		Practitioner two = ScheduleFixture.practitioner(practitioners, chair.id());
		Instant at = ScheduleFixture.monday(4, 9, 0);
		ClientId client = ScheduleFixture.client(clients, null);
		Appointment first = appointments.book(request(one, chair, client, at));
		assertThat(first.room()).isNotNull();
		assertThatThrownBy(() -> appointments.book(request(two, chair, client, at)))
			.isInstanceOfSatisfying(SlotTaken.class, taken -> assertThat(taken.resource()).isIn(SlotTaken.Resource.CLIENT,
					SlotTaken.Resource.ROOM));
		// every chair of the kind taken: other chairs from earlier tests may exist, so take them all
		List<Room> chairs = rooms.active().stream().filter(room -> room.kind() == RoomKind.CHAIR).toList();
		assertThat(chairs).contains(onlyChair);
		int booked = 1;
		for (int i = 1; i < chairs.size(); i++) {
			Practitioner other = ScheduleFixture.practitioner(practitioners, chair.id());
			appointments.book(request(other, chair, ScheduleFixture.client(clients, null), at));
			booked++;
		}
		assertThat(booked).isEqualTo(chairs.size());
		assertThatThrownBy(() -> appointments.book(request(two, chair, ScheduleFixture.client(clients, null), at)))
			.isInstanceOfSatisfying(SlotTaken.class, taken -> assertThat(taken.resource()).isEqualTo(SlotTaken.Resource.ROOM));
	}

	@Test
	void badRequestsAreRefusedFieldByFieldAndStoreNothing() {
		ClinicService service = ScheduleFixture.service(services, 60, 0, null);
		Practitioner practitioner = ScheduleFixture.practitioner(practitioners, service.id());
		ClientId client = ScheduleFixture.client(clients, null);
		long before = count();
		assertThatThrownBy(() -> appointments.book(request(practitioner, service, client, Instant.now().minusSeconds(7200))))
			.isInstanceOfSatisfying(InvalidSchedule.class, invalid -> assertThat(invalid.issues()).extracting(ScheduleIssue::code)
				.containsExactly("past"));
		Instant lunch = ScheduleFixture.monday(2, 12, 30);
		assertThatThrownBy(() -> appointments.book(request(practitioner, service, client, lunch)))
			.isInstanceOfSatisfying(InvalidSchedule.class, invalid -> assertThat(invalid.issues()).extracting(ScheduleIssue::code)
				.containsExactly("outside-hours"));
		assertThatThrownBy(() -> appointments.book(new BookingRequest(PractitionerId.random(), ClientId.random(), null, null,
				lunch, 0, null, null, BookingSource.STAFF)))
			.isInstanceOfSatisfying(InvalidSchedule.class, invalid -> assertThat(invalid.issues()).extracting(ScheduleIssue::code)
				.containsExactlyInAnyOrder("unknown-practitioner", "unknown-client", "minutes"));
		assertThatThrownBy(() -> appointments.book(new BookingRequest(practitioner.id(), client, service.id(), null, lunch,
				null, null, "Client can only come at lunch", BookingSource.ONLINE)))
			.isInstanceOfSatisfying(InvalidSchedule.class, invalid -> assertThat(invalid.issues()).extracting(ScheduleIssue::code)
				.contains("override-online"));
		assertThat(count()).isEqualTo(before);
		Appointment overridden = appointments.book(new BookingRequest(practitioner.id(), client, service.id(), null, lunch,
				null, null, "Client can only come at lunch", BookingSource.STAFF));
		assertThat(overridden.overrideReason()).isEqualTo("Client can only come at lunch");
		// an override lets that one booking overlap; it does not open the time to the bookings after it
		Practitioner colleague = ScheduleFixture.practitioner(practitioners, service.id());
		assertThatThrownBy(() -> appointments.book(new BookingRequest(practitioner.id(), ScheduleFixture.client(clients, null),
				service.id(), null, lunch, null, null, null, BookingSource.STAFF)))
			.isInstanceOf(InvalidSchedule.class);
		Instant afterLunch = lunch.plus(Duration.ofMinutes(60));
		appointments.book(new BookingRequest(practitioner.id(), ScheduleFixture.client(clients, null), service.id(), null,
				afterLunch.minus(Duration.ofMinutes(30)), null, null, "Squeezed in", BookingSource.STAFF));
		assertThatThrownBy(() -> appointments.book(new BookingRequest(practitioner.id(), ScheduleFixture.client(clients, null),
				service.id(), null, afterLunch, null, null, null, BookingSource.STAFF)))
			.isInstanceOfSatisfying(SlotTaken.class, taken -> assertThat(taken.resource()).isEqualTo(SlotTaken.Resource.PRACTITIONER));
		Instant colleagueTime = ScheduleFixture.monday(2, 9, 0);
		appointments.book(new BookingRequest(colleague.id(), client, service.id(), null, colleagueTime.minus(Duration.ofMinutes(30)),
				null, null, "Before opening, agreed", BookingSource.STAFF));
		assertThatThrownBy(() -> appointments.book(new BookingRequest(practitioner.id(), client, service.id(), null, colleagueTime,
				null, null, null, BookingSource.STAFF)))
			.isInstanceOfSatisfying(SlotTaken.class, taken -> assertThat(taken.resource()).isEqualTo(SlotTaken.Resource.CLIENT));
	}

	@Test
	void freeSlotsLeaveOutBreaksBookingsAndTimeOffAndKeepWallClockTimeAcrossDaylightSaving() {
		ClinicService service = ScheduleFixture.service(services, 60, 0, null);
		Practitioner practitioner = ScheduleFixture.practitioner(practitioners, service.id());
		Instant ten = ScheduleFixture.monday(5, 10, 0);
		LocalDate day = ten.atZone(ScheduleFixture.BERLIN).toLocalDate();
		appointments.book(request(practitioner, service, ScheduleFixture.client(clients, null), ten));
		practitioners.addTimeOff(practitioner.id(), ScheduleFixture.monday(5, 15, 0), ScheduleFixture.monday(5, 17, 0), "Course");
		List<String> times = availability
			.find(new AvailabilityQuery(service.id(), null, List.of(practitioner.id()), day, day, false))
			.stream()
			.map(slot -> slot.start().atZone(ScheduleFixture.BERLIN).toLocalTime().toString())
			.toList();
		assertThat(times).startsWith("09:00").contains("11:00", "11:30", "13:30", "14:00").doesNotContain("09:15", "10:00",
				"10:45", "12:00", "12:30", "15:00", "16:00");
		// the last Sunday of March: Monday after it keeps 09:00 local, whatever the offset
		LocalDate afterChange = LocalDate.of(LocalDate.now().getYear() + 1, 3, 31)
			.with(java.time.temporal.TemporalAdjusters.lastInMonth(java.time.DayOfWeek.SUNDAY))
			.plusDays(1);
		List<Slot> spring = availability
			.find(new AvailabilityQuery(service.id(), null, List.of(practitioner.id()), afterChange.minusDays(7), afterChange, false));
		assertThat(spring).extracting(slot -> ZonedDateTime.ofInstant(slot.start(), ScheduleFixture.BERLIN).toLocalTime().toString())
			.contains("09:00")
			.doesNotContain("08:00", "10:00:01");
		assertThat(spring.stream().filter(slot -> slot.start().atZone(ScheduleFixture.BERLIN).toLocalTime().getHour() < 9)).isEmpty();
	}

	@Test
	void aLateCancellationIsMarkedAndFreesTheTime() {
		ClinicService service = ScheduleFixture.service(services, 60, 0, null);
		Practitioner practitioner = ScheduleFixture.practitioner(practitioners, service.id());
		Instant start = ScheduleFixture.monday(6, 9, 0);
		Appointment booked = appointments.book(request(practitioner, service, ScheduleFixture.client(clients, null), start));
		Appointment cancelled = appointments.cancel(booked.id(), "Flu", false);
		assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
		assertThat(cancelled.cancelledLate()).isFalse();
		assertThat(appointments.book(request(practitioner, service, ScheduleFixture.client(clients, null), start)).status())
			.isEqualTo(AppointmentStatus.BOOKED);
		assertThatThrownBy(() -> appointments.cancel(booked.id(), null, false)).isInstanceOf(InvalidSchedule.class);
	}

	private static BookingRequest request(Practitioner practitioner, ClinicService service, ClientId client, Instant start) {
		return new BookingRequest(practitioner.id(), client, service.id(), null, start, null, null, null, BookingSource.STAFF);
	}

	private long count() {
		return jdbc.sql("SELECT count(*) FROM scheduling_appointment").query(Long.class).single();
	}

}
