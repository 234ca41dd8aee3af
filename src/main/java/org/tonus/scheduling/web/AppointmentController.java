package org.tonus.scheduling.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tonus.client.ClientRegistry;
import org.tonus.scheduling.Appointment;
import org.tonus.scheduling.AppointmentId;
import org.tonus.scheduling.AppointmentStatus;
import org.tonus.scheduling.Appointments;
import org.tonus.scheduling.BookingRequest;
import org.tonus.scheduling.BookingSource;
import org.tonus.scheduling.ClinicService;
import org.tonus.scheduling.ClinicServices;
import org.tonus.scheduling.InvalidSchedule;
import org.tonus.scheduling.Locations;
import org.tonus.scheduling.Practitioner;
import org.tonus.scheduling.Practitioners;
import org.tonus.scheduling.Room;
import org.tonus.scheduling.Rooms;
import org.tonus.scheduling.ScheduleNotFound;
import org.tonus.scheduling.Series;
import org.tonus.scheduling.SlotTaken;
import org.tonus.system.AllowedRoles;
import org.tonus.system.Role;

/** One appointment: check in, attended (which opens the treatment session), no-show, move, cancel one or the rest of its series. */
@Controller
class AppointmentController {

	private final Appointments appointments;

	private final Series series;

	private final Practitioners practitioners;

	private final ClinicServices services;

	private final Rooms rooms;

	private final Locations locations;

	private final ClientRegistry clients;

	private final ScheduleAccess access;

	AppointmentController(Appointments appointments, Series series, Practitioners practitioners, ClinicServices services,
			Rooms rooms, Locations locations, ClientRegistry clients, ScheduleAccess access) {
		this.appointments = appointments;
		this.series = series;
		this.practitioners = practitioners;
		this.services = services;
		this.rooms = rooms;
		this.locations = locations;
		this.clients = clients;
		this.access = access;
	}

	@GetMapping("/schedule/appointments/{id}")
	@AllowedRoles({ Role.OWNER, Role.FRONT_DESK, Role.THERAPIST })
	String show(@PathVariable UUID id, Model model) {
		return page(own(id), Map.of(), null, model);
	}

	@PostMapping("/schedule/appointments/{id}/status")
	@AllowedRoles({ Role.OWNER, Role.FRONT_DESK, Role.THERAPIST })
	String status(@PathVariable UUID id, @RequestParam String status, Model model, RedirectAttributes redirect) {
		Appointment appointment = own(id);
		AppointmentStatus to = switch (status) {
			case "arrived" -> AppointmentStatus.ARRIVED;
			case "attended" -> AppointmentStatus.ATTENDED;
			case "no-show" -> AppointmentStatus.NO_SHOW;
			default -> null;
		};
		try {
			if (to == null) {
				throw new InvalidSchedule("status", "status");
			}
			Appointment marked = appointments.mark(appointment.id(), to);
			if (to == AppointmentStatus.ATTENDED) {
				LocalDate day = marked.start().atZone(zone(marked)).toLocalDate();
				return "redirect:/clients/" + marked.client() + "/sessions/new?date=" + day;
			}
			redirect.addFlashAttribute("notice", to == AppointmentStatus.ARRIVED ? "Checked in." : "Marked as no-show.");
			return "redirect:/schedule/appointments/" + id;
		}
		catch (InvalidSchedule invalid) {
			return page(appointment, Map.of("status", ScheduleMessages.of(invalid.issues().get(0).code())), null, model);
		}
	}

	@PostMapping("/schedule/appointments/{id}/move")
	@AllowedRoles({ Role.OWNER, Role.FRONT_DESK, Role.THERAPIST })
	String move(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		Appointment appointment = own(id);
		ApiFields fields = new ApiFields();
		LocalDate date = fields.date("date", form.get("date"), true);
		LocalTime time = fields.time("time", form.get("time"), true);
		Integer version = fields.integer("version", form.get("version"), true, "stale");
		try {
			fields.check();
			Instant start = LocalDateTime.of(date, time).atZone(zone(appointment)).toInstant();
			if (form.containsKey("following") && appointment.series() != null) {
				List<org.tonus.scheduling.SeriesBooking.Conflict> refused = series.moveFollowing(appointment.id(), start,
						form.get("overrideReason"));
				redirect.addFlashAttribute("notice", refused.isEmpty() ? "This and the later visits moved. The client is told by e-mail."
						: refused.size() + " of the visits could not be moved (their time is taken or outside hours); the others moved.");
				return "redirect:/schedule/appointments/" + id;
			}
			appointments.move(appointment.id(), version, new BookingRequest(null, null, null, null, start, null, null,
					form.get("overrideReason"), BookingSource.STAFF));
			redirect.addFlashAttribute("notice", "Moved. The client is told by e-mail.");
			return "redirect:/schedule/appointments/" + id;
		}
		catch (InvalidSchedule invalid) {
			Map<String, String> errors = new java.util.LinkedHashMap<>();
			invalid.issues().forEach(issue -> errors.putIfAbsent(issue.field().equals("start") ? "time" : issue.field(),
					ScheduleMessages.of(issue.code())));
			return page(appointment, errors, form, model);
		}
		catch (SlotTaken taken) {
			model.addAttribute("alternatives", taken.alternatives());
			return page(appointment, Map.of("time", "That time is taken."), form, model);
		}
	}

	@PostMapping("/schedule/appointments/{id}/cancel")
	@AllowedRoles({ Role.OWNER, Role.FRONT_DESK, Role.THERAPIST })
	String cancel(@PathVariable UUID id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String following, Model model, RedirectAttributes redirect) {
		Appointment appointment = own(id);
		try {
			if (following != null) {
				int count = series.cancelFollowing(appointment.id(), reason);
				redirect.addFlashAttribute("notice", count + " visits cancelled.");
			}
			else {
				Appointment cancelled = appointments.cancel(appointment.id(), reason, false);
				redirect.addFlashAttribute("notice", Boolean.TRUE.equals(cancelled.cancelledLate())
						? "Cancelled (late, within the cancellation window)." : "Cancelled.");
			}
			return "redirect:/schedule/appointments/" + id;
		}
		catch (InvalidSchedule invalid) {
			return page(appointment, Map.of("reason", ScheduleMessages.of(invalid.issues().get(0).code())), null, model);
		}
	}

	private String page(Appointment appointment, Map<String, String> errors, Map<String, String> form, Model model) {
		Appointment shown = appointments.get(appointment.id());
		ZoneId zone = zone(shown);
		model.addAttribute("a", shown);
		model.addAttribute("client", clients.summaries(List.of(shown.client())).get(shown.client()));
		model.addAttribute("practitioner", practitioners.find(shown.practitioner()).map(Practitioner::displayName).orElse(""));
		model.addAttribute("service", shown.service() == null ? null : services.find(shown.service()).map(ClinicService::name).orElse(null));
		model.addAttribute("room", shown.room() == null ? null : rooms.find(shown.room()).map(Room::name).orElse(null));
		model.addAttribute("start", shown.start().atZone(zone));
		model.addAttribute("end", shown.end().atZone(zone));
		model.addAttribute("errors", errors);
		model.addAttribute("form", form == null ? Map.of("date", shown.start().atZone(zone).toLocalDate().toString(), "time",
				shown.start().atZone(zone).toLocalTime().toString()) : form);
		model.addAttribute("inSeries", shown.series() != null);
		model.addAttribute("zone", zone);
		model.addAttribute("when", BookingController.WHEN);
		model.addAttribute("section", "schedule");
		return "scheduling/appointment";
	}

	private Appointment own(UUID id) {
		Appointment appointment = appointments.findWithoutAudit(new AppointmentId(id)).orElseThrow(ScheduleNotFound::new);
		access.requireManages(appointment.practitioner());
		return appointment;
	}

	private ZoneId zone(Appointment appointment) {
		return locations.find(appointment.location()).orElse(locations.main()).zone();
	}

}
