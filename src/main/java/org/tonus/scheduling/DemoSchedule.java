package org.tonus.scheduling;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tonus.client.ClientRegistry;
import org.tonus.client.ClientSummary;
import org.tonus.identity.DemoClinicCreated;
import org.tonus.identity.UserAccount;
import org.tonus.identity.UserAccounts;
import org.tonus.system.Role;

/**
 * The demo clinic's schedule: its therapists as practitioners with weekday hours and a lunch break,
 * three services (an initial consultation, NMT 60 and a chair session), two rooms and a massage
 * chair, and next week's appointments for its clients, one of them a weekly series. All invented.
 */
@Component
class DemoSchedule {

	private final Practitioners practitioners;

	private final ClinicServices services;

	private final Rooms rooms;

	private final Appointments appointments;

	private final Series series;

	private final UserAccounts users;

	private final ClientRegistry clients;

	private final Locations locations;

	DemoSchedule(Practitioners practitioners, ClinicServices services, Rooms rooms, Appointments appointments, Series series,
			UserAccounts users, ClientRegistry clients, Locations locations) {
		this.practitioners = practitioners;
		this.services = services;
		this.rooms = rooms;
		this.appointments = appointments;
		this.series = series;
		this.users = users;
		this.clients = clients;
		this.locations = locations;
	}

	@EventListener
	@Order(200)
	void on(DemoClinicCreated created) {
		ClinicService initial = services.save(new ClinicService(ServiceId.random(), "Initial NMT consultation", 90, 0, 15, 12000,
				RoomKind.ROOM, true, true));
		ClinicService nmt = services.save(new ClinicService(ServiceId.random(), "NMT session", 60, 0, 10, 9000, RoomKind.ROOM, true, true));
		ClinicService chair = services.save(new ClinicService(ServiceId.random(), "Chair session", 30, 0, 5, 4000, RoomKind.CHAIR, true,
				true));
		rooms.save(new Room(RoomId.random(), null, "Room 1", RoomKind.ROOM, true));
		rooms.save(new Room(RoomId.random(), null, "Room 2", RoomKind.ROOM, true));
		rooms.save(new Room(RoomId.random(), null, "Massage chair", RoomKind.CHAIR, true));
		List<Practitioner> staff = new ArrayList<>();
		String[] credentials = { "LMT", "DC", "PT" };
		for (UserAccount user : users.all()) {
			if (user.active() && user.roles().contains(Role.THERAPIST)) {
				List<WeeklyHours> hours = new ArrayList<>();
				for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
						DayOfWeek.FRIDAY)) {
					hours.add(new WeeklyHours(day, LocalTime.of(9, 0), LocalTime.of(12, 30)));
					hours.add(new WeeklyHours(day, LocalTime.of(13, 30), LocalTime.of(18, 0)));
				}
				staff.add(practitioners.create(new PractitionerDraft(user.name(), user.email(), credentials[staff.size() % 3],
						user.id().id(), null, hours, Set.of(initial.id(), nmt.id(), chair.id()))));
			}
		}
		if (staff.isEmpty()) {
			return;
		}
		List<ClientSummary> people = clients.search("", 0, 12, false).items();
		LocalDate monday = LocalDate.now(locations.main().zone()).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		for (int i = 0; i < people.size(); i++) {
			Practitioner who = staff.get(i % staff.size());
			LocalDate day = monday.plusDays(i % 5);
			LocalTime time = LocalTime.of(9 + (i / 5) * 2, 0);
			ClinicService what = i % 4 == 0 ? initial : i % 4 == 3 ? chair : nmt;
			BookingRequest request = new BookingRequest(who.id(), people.get(i).id(), what.id(), null,
					ZonedDateTime.of(day, time, locations.main().zone()).toInstant(), null, null, null, BookingSource.STAFF);
			try {
				if (i == 1) {
					series.book(request, new SeriesRule(SeriesRule.Frequency.WEEKLY, 1, 6, null, day, time), false);
				}
				else {
					appointments.book(request);
				}
			}
			catch (SlotTaken | InvalidSchedule skipped) {
				// a demo visit that does not fit is simply left out
			}
		}
	}

}
