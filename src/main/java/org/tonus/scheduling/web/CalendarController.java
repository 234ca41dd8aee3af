package org.tonus.scheduling.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tonus.client.ClientId;
import org.tonus.client.ClientRegistry;
import org.tonus.client.ClientSummary;
import org.tonus.scheduling.Appointment;
import org.tonus.scheduling.Appointments;
import org.tonus.scheduling.Availability;
import org.tonus.scheduling.ClinicService;
import org.tonus.scheduling.ClinicServices;
import org.tonus.scheduling.Locations;
import org.tonus.scheduling.Practitioner;
import org.tonus.scheduling.PractitionerId;
import org.tonus.scheduling.Practitioners;
import org.tonus.scheduling.Room;
import org.tonus.scheduling.RoomId;
import org.tonus.scheduling.Rooms;
import org.tonus.system.AllowedRoles;
import org.tonus.system.Role;

/**
 * The schedule: a day for every practitioner side by side, or a week for one practitioner or one
 * room. Free working time books with one tap; the front desk sees everyone, a therapist their own.
 */
@Controller
class CalendarController {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

	private final Appointments appointments;

	private final Practitioners practitioners;

	private final Rooms rooms;

	private final ClinicServices services;

	private final Locations locations;

	private final ClientRegistry clients;

	private final ScheduleAccess access;

	CalendarController(Appointments appointments, Practitioners practitioners, Rooms rooms,
			ClinicServices services, Locations locations, ClientRegistry clients, ScheduleAccess access) {
		this.appointments = appointments;
		this.practitioners = practitioners;
		this.rooms = rooms;
		this.services = services;
		this.locations = locations;
		this.clients = clients;
		this.access = access;
	}

	@GetMapping("/schedule")
	@AllowedRoles({ Role.OWNER, Role.FRONT_DESK, Role.THERAPIST })
	String schedule(@RequestParam(required = false) String date, @RequestParam(required = false) String view,
			@RequestParam(required = false) UUID practitioner, @RequestParam(required = false) UUID room,
			jakarta.servlet.http.HttpServletRequest request, Model model) {
		List<org.tonus.scheduling.Location> places = locations.all();
		ZoneId zone = places.get(0).zone();
		List<Practitioner> active = practitioners.active();
		List<Room> allRooms = rooms.all();
		LocalDate today = LocalDate.now(zone);
		LocalDate day = parse(date).orElse(today);
		if (access.unlinkedTherapist()) {
			model.addAttribute("section", "schedule");
			return "scheduling/unlinked";
		}
		Optional<Practitioner> own = access.ownOnly();
		PractitionerId who = own.map(Practitioner::id).orElse(practitioner == null ? null : new PractitionerId(practitioner));
		RoomId where = own.isPresent() || room == null ? null : new RoomId(room);
		boolean week = "week".equals(view) || (view == null && (who != null || where != null));
		if (week && who == null && where == null) {
			who = active.stream().findFirst().map(Practitioner::id).orElse(null);
		}
		Map<String, String> serviceNames = services.all().stream().collect(Collectors.toMap(s -> s.id().toString(), ClinicService::name));
		Map<String, String> roomNames = allRooms.stream().collect(Collectors.toMap(r -> r.id().toString(), Room::name));
		List<CalendarGrid.Column> columns = new ArrayList<>();
		LocalDate first = week ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
		LocalDate last = week ? first.plusDays(6) : day;
		Instant from = first.atStartOfDay(zone).toInstant();
		Instant to = last.plusDays(1).atStartOfDay(zone).toInstant();
		PractitionerId chosen = who;
		List<Practitioner> shown = who != null
				? List.of(active.stream().filter(p -> p.id().equals(chosen)).findFirst().orElseGet(() -> practitioners.get(chosen)))
				: where != null ? List.of() : active;
		List<Appointment> booked = where != null ? appointments.between(from, to, null, where)
				: who != null ? appointments.between(from, to, who, null)
				: appointments.between(from, to, null, null);
		Map<ClientId, ClientSummary> names = clients.summaries(booked.stream().map(Appointment::client).distinct().toList());
		if (week) {
			List<CalendarGrid.Stretch> weekHours = who != null ? stretches(Availability.working(shown.get(0), places, first, last))
					: List.of();
			for (LocalDate date1 = first; !date1.isAfter(last); date1 = date1.plusDays(1)) {
				LocalDate d = date1;
				List<CalendarGrid.Stretch> working = weekHours.stream()
					.filter(stretch -> stretch.from().atZone(zone).toLocalDate().equals(d))
					.toList();
				List<CalendarGrid.Entry> entries = entries(booked.stream().filter(a -> a.start().atZone(zone).toLocalDate().equals(d)).toList(),
						names, serviceNames, roomNames, zone);
				if ((d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) && working.isEmpty() && entries.isEmpty()) {
					continue;
				}
				String query = who != null ? "practitioner=" + who : "room=" + where;
				columns.add(new CalendarGrid.Column(DAY.format(d), d.equals(today) ? "Today" : "", d, query,
						where != null ? dayStretch(d, zone) : working, entries));
			}
		}
		else {
			for (Practitioner p : shown) {
				columns.add(new CalendarGrid.Column(p.name(), p.credentials(), day, "practitioner=" + p.id(),
						stretches(Availability.working(p, places, day, day)),
						entries(booked.stream().filter(a -> a.practitioner().equals(p.id())).toList(), names, serviceNames, roomNames, zone)));
			}
		}
		// a week shows half-hours (a readable page on a tablet); a day, quarter-hours to book into
		model.addAttribute("grid", CalendarGrid.of(columns, zone, week ? 30 : 15));
		// free cells are many: their links are plain strings, not link expressions, to keep the page fast
		model.addAttribute("bookBase", request.getContextPath() + "/schedule/book?");
		model.addAttribute("week", week);
		model.addAttribute("day", day);
		model.addAttribute("heading", week ? "Week of " + DAY.format(first) : DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH).format(day));
		model.addAttribute("previous", week ? day.minusWeeks(1) : day.minusDays(1));
		model.addAttribute("next", week ? day.plusWeeks(1) : day.plusDays(1));
		model.addAttribute("today", today);
		model.addAttribute("practitioners", own.map(List::of).orElse(active));
		model.addAttribute("rooms", own.isPresent() ? List.of() : allRooms.stream().filter(Room::active).toList());
		model.addAttribute("selectedPractitioner", who == null ? "" : who.toString());
		model.addAttribute("selectedRoom", where == null ? "" : where.toString());
		model.addAttribute("managesAll", own.isEmpty());
		model.addAttribute("section", "schedule");
		return "scheduling/calendar";
	}

	private static List<CalendarGrid.Stretch> stretches(List<org.tonus.scheduling.Slot> working) {
		return working.stream().map(s -> new CalendarGrid.Stretch(s.start(), s.end())).toList();
	}

	private static List<CalendarGrid.Stretch> dayStretch(LocalDate date, ZoneId zone) {
		return List.of(new CalendarGrid.Stretch(date.atTime(8, 0).atZone(zone).toInstant(), date.atTime(20, 0).atZone(zone).toInstant()));
	}

	static List<CalendarGrid.Entry> entries(List<Appointment> booked, Map<ClientId, ClientSummary> names,
			Map<String, String> serviceNames, Map<String, String> roomNames, ZoneId zone) {
		DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
		return booked.stream()
			.map(a -> new CalendarGrid.Entry(a.id().toString(), a.start(), a.end(),
					time.format(a.start().atZone(zone)) + "–" + time.format(a.end().atZone(zone)),
					Optional.ofNullable(names.get(a.client())).map(ClientSummary::displayName).orElse("Client"),
					String.join(" · ", java.util.stream.Stream.of(a.service() == null ? null : serviceNames.get(a.service().toString()),
							a.room() == null ? null : roomNames.get(a.room().toString())).filter(java.util.Objects::nonNull).toList()),
					a.status().name().toLowerCase().replace('_', '-')))
			.toList();
	}

	private static Optional<LocalDate> parse(String date) {
		try {
			return date == null || date.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(date));
		}
		catch (java.time.format.DateTimeParseException bad) {
			return Optional.empty();
		}
	}

}
