package org.tonus.scheduling.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tonus.identity.UserAccounts;
import org.tonus.scheduling.BookingPolicies;
import org.tonus.scheduling.BookingPolicy;
import org.tonus.scheduling.ClinicService;
import org.tonus.scheduling.ClinicServices;
import org.tonus.scheduling.InvalidSchedule;
import org.tonus.scheduling.Location;
import org.tonus.scheduling.LocationId;
import org.tonus.scheduling.Locations;
import org.tonus.scheduling.Practitioner;
import org.tonus.scheduling.PractitionerDraft;
import org.tonus.scheduling.PractitionerId;
import org.tonus.scheduling.Practitioners;
import org.tonus.scheduling.Room;
import org.tonus.scheduling.RoomId;
import org.tonus.scheduling.RoomKind;
import org.tonus.scheduling.Rooms;
import org.tonus.scheduling.ServiceId;
import org.tonus.scheduling.WeeklyHours;
import org.tonus.system.AllowedRoles;
import org.tonus.system.Role;

/**
 * Setting up the schedule: practitioners with their weekly hours (two intervals a day leave a
 * break) and the services they give, services with their buffers and whether they are bookable
 * online, rooms and chairs, and the booking rules. Owner and front desk.
 */
@Controller
@AllowedRoles({ Role.OWNER, Role.FRONT_DESK })
class ScheduleSetupController {

	static final List<DayOfWeek> DAYS = List.of(DayOfWeek.values());

	private final Practitioners practitioners;

	private final ClinicServices services;

	private final Rooms rooms;

	private final BookingPolicies policies;

	private final Locations locations;

	private final UserAccounts users;

	ScheduleSetupController(Practitioners practitioners, ClinicServices services, Rooms rooms, BookingPolicies policies,
			Locations locations, UserAccounts users) {
		this.practitioners = practitioners;
		this.services = services;
		this.rooms = rooms;
		this.policies = policies;
		this.locations = locations;
		this.users = users;
	}

	@GetMapping("/schedule/setup")
	String setup(@RequestParam(required = false) UUID service, Model model) {
		model.addAttribute("editing", service == null ? null : services.find(new ServiceId(service)).orElse(null));
		model.addAttribute("practitioners", practitioners.all());
		model.addAttribute("services", services.all());
		model.addAttribute("rooms", rooms.all());
		BookingPolicy policy = policies.current();
		model.addAttribute("policy", policy);
		model.addAttribute("reminderHours", policy.reminderLeads().stream()
			.map(minutes -> minutes % 60 == 0 ? String.valueOf(minutes / 60) : String.valueOf(minutes / 60.0))
			.collect(Collectors.joining(", ")));
		model.addAttribute("location", locations.main());
		model.addAttribute("locations", locations.all());
		model.addAttribute("section", "schedule");
		model.addAttribute("serviceNames", services.all().stream().collect(Collectors.toMap(s -> s.id(), ClinicService::name)));
		return "scheduling/setup";
	}

	@GetMapping({ "/schedule/setup/practitioners/new", "/schedule/setup/practitioners/{id}" })
	String practitionerForm(@PathVariable(required = false) UUID id, Model model) {
		Map<String, String> form = new LinkedHashMap<>();
		if (id != null) {
			Practitioner p = practitioners.get(new PractitionerId(id));
			form.put("name", p.name());
			form.put("email", p.email());
			form.put("credentials", p.credentials());
			form.put("user", p.user() == null ? "" : p.user().toString());
			form.put("version", String.valueOf(p.version()));
			form.put("location", p.location().toString());
			putHours(form, p.hours());
			p.services().forEach(s -> form.put("service-" + s, "1"));
		}
		return practitionerPage(id, form, Map.of(), model);
	}

	@PostMapping({ "/schedule/setup/practitioners", "/schedule/setup/practitioners/{id}" })
	String savePractitioner(@PathVariable(required = false) UUID id, @RequestParam MultiValueMap<String, String> params,
			Model model, RedirectAttributes redirect) {
		Map<String, String> form = params.toSingleValueMap();
		ApiFields fields = new ApiFields();
		List<WeeklyHours> hours = hours(fields, form);
		UUID location = fields.uuid("locationId", form.get("location"), false);
		UUID user = fields.uuid("user", form.get("user"), false);
		Set<ServiceId> given = services.all().stream().map(ClinicService::id)
			.filter(s -> form.containsKey("service-" + s)).collect(Collectors.toSet());
		try {
			fields.check();
			PractitionerDraft draft = new PractitionerDraft(form.get("name"), form.get("email"), form.get("credentials"), user,
					location == null ? null : new LocationId(location), hours, given);
			if (id == null) {
				practitioners.create(draft);
			}
			else {
				practitioners.update(new PractitionerId(id), Integer.parseInt(form.getOrDefault("version", "-1")), draft);
			}
			redirect.addFlashAttribute("notice", "Practitioner saved.");
			return "redirect:/schedule/setup";
		}
		catch (InvalidSchedule invalid) {
			Map<String, String> errors = new LinkedHashMap<>();
			invalid.issues().forEach(issue -> errors.putIfAbsent(issue.field(), ScheduleMessages.of(issue.code())));
			return practitionerPage(id, form, errors, model);
		}
		catch (NumberFormatException badVersion) {
			return practitionerPage(id, form, Map.of("name", ScheduleMessages.of("stale")), model);
		}
	}

	@PostMapping("/schedule/setup/practitioners/{id}/active")
	String practitionerActive(@PathVariable UUID id, @RequestParam boolean active, RedirectAttributes redirect) {
		practitioners.setActive(new PractitionerId(id), active);
		redirect.addFlashAttribute("notice", active ? "Reactivated." : "Deactivated: no longer offered for new bookings.");
		return "redirect:/schedule/setup/practitioners/" + id;
	}

	@PostMapping("/schedule/setup/rooms/{id}/active")
	String roomActive(@PathVariable UUID id, @RequestParam boolean active, RedirectAttributes redirect) {
		Room room = rooms.find(new RoomId(id)).orElseThrow(org.tonus.scheduling.ScheduleNotFound::new);
		rooms.save(new Room(room.id(), room.location(), room.name(), room.kind(), active));
		redirect.addFlashAttribute("notice", active ? "Back in use." : "Out of use: no longer given to new bookings.");
		return "redirect:/schedule/setup#rooms";
	}

	@PostMapping("/schedule/setup/practitioners/{id}/feed")
	String feed(@PathVariable UUID id, @RequestParam String action, RedirectAttributes redirect) {
		PractitionerId practitioner = new PractitionerId(id);
		if ("revoke".equals(action)) {
			practitioners.revokeFeed(practitioner);
			redirect.addFlashAttribute("notice", "The calendar link no longer works.");
		}
		else {
			String token = practitioners.issueFeed(practitioner);
			redirect.addFlashAttribute("feedUrl", org.springframework.web.servlet.support.ServletUriComponentsBuilder
				.fromCurrentContextPath().path("/calendar/" + token + ".ics").build().toUriString());
		}
		return "redirect:/schedule/setup/practitioners/" + id;
	}

	@GetMapping({ "/schedule/setup/locations/new", "/schedule/setup/locations/{id}" })
	String locationForm(@PathVariable(required = false) UUID id, Model model) {
		Map<String, String> form = new LinkedHashMap<>();
		if (id != null) {
			Location location = locations.find(new LocationId(id)).orElseThrow(org.tonus.scheduling.ScheduleNotFound::new);
			form.put("name", location.name());
			form.put("address", location.address());
			form.put("zone", location.zone().getId());
			putHours(form, location.hours());
		}
		else {
			form.put("zone", locations.main().zone().getId());
		}
		return locationPage(id, form, Map.of(), model);
	}

	@PostMapping({ "/schedule/setup/locations", "/schedule/setup/locations/{id}" })
	String saveLocation(@PathVariable(required = false) UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		Map<String, String> form = params.toSingleValueMap();
		ApiFields fields = new ApiFields();
		List<WeeklyHours> hours = hours(fields, form);
		if (!org.tonus.system.TimeZones.ids().contains(form.getOrDefault("zone", ""))) {
			fields.issue("zone", "zone");
		}
		try {
			fields.check();
			locations.save(new Location(id == null ? LocationId.random() : new LocationId(id), form.get("name"),
					java.time.ZoneId.of(form.get("zone")), form.get("address"), hours));
			redirect.addFlashAttribute("notice", "Location saved.");
			return "redirect:/schedule/setup#locations";
		}
		catch (InvalidSchedule invalid) {
			Map<String, String> errors = new LinkedHashMap<>();
			invalid.issues().forEach(issue -> errors.putIfAbsent(issue.field(), ScheduleMessages.of(issue.code())));
			return locationPage(id, form, errors, model);
		}
	}

	private String locationPage(UUID id, Map<String, String> form, Map<String, String> errors, Model model) {
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("days", DAYS);
		model.addAttribute("zones", org.tonus.system.TimeZones.ids());
		model.addAttribute("section", "schedule");
		return "scheduling/location";
	}

	/** Two intervals a weekday from the form's {@code monday-0-from} … {@code sunday-1-to} fields. */
	static List<WeeklyHours> hours(ApiFields fields, Map<String, String> form) {
		List<WeeklyHours> hours = new ArrayList<>();
		for (DayOfWeek day : DAYS) {
			for (int i = 0; i < 2; i++) {
				LocalTime from = fields.time(key(day, i, "from"), form.get(key(day, i, "from")), false);
				LocalTime to = fields.time(key(day, i, "to"), form.get(key(day, i, "to")), false);
				if (from != null && to != null) {
					if (!to.isAfter(from)) {
						fields.issue(key(day, i, "to"), "end-before-start");
					}
					else {
						hours.add(new WeeklyHours(day, from, to));
					}
				}
				else if (from != null || to != null) {
					fields.issue(key(day, i, from == null ? "from" : "to"), "time");
				}
			}
		}
		return hours;
	}

	private static void putHours(Map<String, String> form, List<WeeklyHours> all) {
		for (DayOfWeek day : DAYS) {
			List<WeeklyHours> hours = all.stream().filter(h -> h.day() == day).toList();
			for (int i = 0; i < Math.min(2, hours.size()); i++) {
				form.put(key(day, i, "from"), hours.get(i).from().toString());
				form.put(key(day, i, "to"), hours.get(i).to().toString());
			}
		}
	}

	@PostMapping("/schedule/setup/practitioners/{id}/time-off")
	String addTimeOff(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		ApiFields fields = new ApiFields();
		java.time.LocalDate fromDate = fields.date("fromDate", form.get("fromDate"), true);
		java.time.LocalDate toDate = fields.date("toDate", form.get("toDate"), true);
		LocalTime fromTime = fields.time("fromTime", form.getOrDefault("fromTime", ""), false);
		LocalTime toTime = fields.time("toTime", form.getOrDefault("toTime", ""), false);
		try {
			fields.check();
			java.time.ZoneId zone = locations.main().zone();
			java.time.Instant from = fromDate.atTime(fromTime == null ? LocalTime.MIN : fromTime).atZone(zone).toInstant();
			java.time.Instant to = toTime == null ? toDate.plusDays(1).atStartOfDay(zone).toInstant()
					: toDate.atTime(toTime).atZone(zone).toInstant();
			practitioners.addTimeOff(new PractitionerId(id), from, to, form.get("reason"));
			redirect.addFlashAttribute("notice", "Time off saved.");
		}
		catch (InvalidSchedule invalid) {
			redirect.addFlashAttribute("timeOffError", "Check the dates: the end must be after the start; the reason has at most 200 characters.");
		}
		return "redirect:/schedule/setup/practitioners/" + id;
	}

	@PostMapping("/schedule/setup/practitioners/{id}/time-off/{timeOff}/withdraw")
	String withdrawTimeOff(@PathVariable UUID id, @PathVariable UUID timeOff, RedirectAttributes redirect) {
		practitioners.withdrawTimeOff(new PractitionerId(id), timeOff);
		redirect.addFlashAttribute("notice", "Time off withdrawn.");
		return "redirect:/schedule/setup/practitioners/" + id;
	}

	@PostMapping("/schedule/setup/services")
	String saveService(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		ApiFields fields = new ApiFields();
		UUID id = fields.uuid("id", form.get("id"), false);
		Integer minutes = fields.integer("minutes", form.get("minutes"), true, "minutes");
		Integer before = fields.integer("bufferBefore", form.getOrDefault("bufferBefore", "0"), false, "buffer");
		Integer after = fields.integer("bufferAfter", form.getOrDefault("bufferAfter", "0"), false, "buffer");
		Integer price = null;
		try {
			String text = form.getOrDefault("price", "0").strip().replace(',', '.');
			price = text.isEmpty() ? 0 : new java.math.BigDecimal(text).movePointRight(2).intValueExact();
		}
		catch (ArithmeticException | NumberFormatException bad) {
			fields.issue("price", "price");
		}
		RoomKind needs = java.util.Arrays.stream(RoomKind.values())
			.filter(kind -> kind.name().equals(form.getOrDefault("needs", "")))
			.findFirst()
			.orElse(null);
		if (needs == null && !form.getOrDefault("needs", "").isBlank()) {
			fields.issue("needs", "choice");
		}
		try {
			fields.check();
			services.save(new ClinicService(id == null ? ServiceId.random() : new ServiceId(id), form.get("name"), minutes,
					before == null ? 0 : before, after == null ? 0 : after, price, needs, form.containsKey("online"),
					!form.containsKey("retire")));
			redirect.addFlashAttribute("notice", "Service saved.");
			return "redirect:/schedule/setup";
		}
		catch (InvalidSchedule invalid) {
			redirect.addFlashAttribute("serviceErrors", invalid.issues().stream()
				.map(issue -> issue.field() + ": " + ScheduleMessages.of(issue.code())).toList());
			return "redirect:/schedule/setup#services";
		}
	}

	@PostMapping("/schedule/setup/rooms")
	String saveRoom(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		try {
			RoomKind kind = RoomKind.valueOf(form.getOrDefault("kind", "ROOM"));
			String location = form.getOrDefault("location", "");
			rooms.save(new Room(RoomId.random(), location.isBlank() ? null : new LocationId(UUID.fromString(location)), form.get("name"),
					kind, true));
			redirect.addFlashAttribute("notice", "Room saved.");
		}
		catch (InvalidSchedule | IllegalArgumentException invalid) {
			redirect.addFlashAttribute("roomErrors", List.of("A room needs a name of 1 to 80 characters and a kind."));
		}
		return "redirect:/schedule/setup#rooms";
	}

	@PostMapping("/schedule/setup/policy")
	String savePolicy(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		try {
			List<Integer> leads = java.util.Arrays.stream(form.getOrDefault("reminders", "").split("[,\\s]+"))
				.filter(text -> !text.isBlank())
				.map(text -> (int) Math.round(Double.parseDouble(text) * 60))
				.toList();
			policies.save(new BookingPolicy(form.containsKey("onlineBooking"), Integer.parseInt(form.get("horizonDays")),
					Integer.parseInt(form.get("minNoticeHours")) * 60, Integer.parseInt(form.get("lateCancelHours")), leads,
					Integer.parseInt(form.get("slotStep"))));
			redirect.addFlashAttribute("notice", "Booking rules saved.");
		}
		catch (RuntimeException invalid) {
			redirect.addFlashAttribute("policyErrors", List.of(
					"Check the rules: days ahead 1–365, notice 0–168 hours, late cancellation 0–168 hours, up to four reminders between 10 minutes and 14 days (in hours, e.g. 48, 2), grid 5, 10, 15, 20, 30 or 60 minutes."));
		}
		return "redirect:/schedule/setup#policy";
	}

	private String practitionerPage(UUID id, Map<String, String> form, Map<String, String> errors, Model model) {
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("days", DAYS);
		model.addAttribute("services", services.active());
		model.addAttribute("therapists", users.all().stream().filter(u -> u.roles().contains(Role.THERAPIST) && u.active()).toList());
		model.addAttribute("locations", locations.all());
		model.addAttribute("hasFeed", id != null && practitioners.hasFeed(new PractitionerId(id)));
		model.addAttribute("active", id == null || practitioners.get(new PractitionerId(id)).active());
		java.time.Instant now = java.time.Instant.now();
		model.addAttribute("timeOff", id == null ? List.of() : practitioners.timeOff(new PractitionerId(id), now, now.plus(java.time.Duration.ofDays(730))));
		model.addAttribute("zone", locations.main().zone());
		model.addAttribute("section", "schedule");
		return "scheduling/practitioner";
	}

	static String key(DayOfWeek day, int index, String part) {
		return day.name().toLowerCase() + "-" + index + "-" + part;
	}

}
