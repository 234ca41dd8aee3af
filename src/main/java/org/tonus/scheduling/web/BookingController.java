package org.tonus.scheduling.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tonus.client.ClientId;
import org.tonus.client.ClientRegistry;
import org.tonus.client.ClientSummary;
import org.tonus.scheduling.Appointment;
import org.tonus.scheduling.Appointments;
import org.tonus.scheduling.BookingRequest;
import org.tonus.scheduling.BookingSource;
import org.tonus.scheduling.ClinicServices;
import org.tonus.scheduling.InvalidSchedule;
import org.tonus.scheduling.Locations;
import org.tonus.scheduling.Practitioner;
import org.tonus.scheduling.PractitionerId;
import org.tonus.scheduling.Practitioners;
import org.tonus.scheduling.Series;
import org.tonus.scheduling.SeriesBooking;
import org.tonus.scheduling.SeriesRule;
import org.tonus.scheduling.ServiceId;
import org.tonus.scheduling.Slot;
import org.tonus.scheduling.SlotTaken;
import org.tonus.system.AllowedRoles;
import org.tonus.system.Role;
import org.tonus.treatment.TreatmentPlan;
import org.tonus.treatment.TreatmentPlans;

/**
 * Staff booking: pick the client (search as you type), the service, the practitioner and the time,
 * and optionally repeat it as a series, which starts from the client's treatment-plan frequency.
 * A taken time comes back with free times nearby; a series lists each visit it could not book.
 */
@Controller
class BookingController {

	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

	private final Appointments appointments;

	private final Series series;

	private final Practitioners practitioners;

	private final ClinicServices services;

	private final Locations locations;

	private final ClientRegistry clients;

	private final TreatmentPlans plans;

	private final ScheduleAccess access;

	BookingController(Appointments appointments, Series series, Practitioners practitioners, ClinicServices services,
			Locations locations, ClientRegistry clients, TreatmentPlans plans, ScheduleAccess access) {
		this.appointments = appointments;
		this.series = series;
		this.practitioners = practitioners;
		this.services = services;
		this.locations = locations;
		this.clients = clients;
		this.plans = plans;
		this.access = access;
	}

	@GetMapping("/schedule/book")
	@AllowedRoles({ Role.OWNER, Role.FRONT_DESK, Role.THERAPIST })
	String form(@RequestParam MultiValueMap<String, String> params, Model model) {
		Map<String, String> form = new LinkedHashMap<>();
		params.forEach((key, values) -> form.put(key, values.get(0)));
		String start = form.remove("start");
		if (start != null && start.contains("T")) {
			form.put("date", start.substring(0, start.indexOf('T')));
			form.put("time", start.substring(start.indexOf('T') + 1));
		}
		form.putIfAbsent("repeat", "none");
		String client = form.get("client");
		if (client != null) {
			suggestFromPlan(client, form);
		}
		return show(form, Map.of(), model);
	}

	/** The client search while booking: radio buttons that choose the client in the form. */
	@GetMapping("/schedule/book/clients")
	@AllowedRoles({ Role.OWNER, Role.FRONT_DESK, Role.THERAPIST })
	String clientOptions(@RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("found", q.isBlank() || q.length() > 100 ? List.of() : clients.search(q, 0, 8, false).items());
		model.addAttribute("q", q);
		return "scheduling/book :: client-options";
	}

	@PostMapping("/schedule/book")
	@AllowedRoles({ Role.OWNER, Role.FRONT_DESK, Role.THERAPIST })
	String book(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		ApiFields fields = new ApiFields();
		UUID client = fields.uuid("clientId", form.get("client"), true);
		UUID practitioner = fields.uuid("practitionerId", form.get("practitioner"), true);
		UUID service = fields.uuid("serviceId", form.get("service"), false);
		LocalDate date = fields.date("date", form.get("date"), true);
		LocalTime time = fields.time("time", form.get("time"), true);
		Integer minutes = service == null ? fields.integer("minutes", form.get("minutes"), true, "minutes") : null;
		String repeat = form.getOrDefault("repeat", "none");
		Integer every = null;
		Integer count = null;
		LocalDate until = null;
		if (!"none".equals(repeat)) {
			every = fields.integer("every", form.getOrDefault("every", "1"), true, "every");
			count = fields.integer("count", form.get("count"), false, "count");
			until = fields.date("until", form.get("until"), false);
		}
		try {
			fields.check();
			access.requireManages(new PractitionerId(practitioner));
			ZoneId zone = practitioners.find(new PractitionerId(practitioner))
				.flatMap(p -> locations.find(p.location()))
				.orElse(locations.main())
				.zone();
			Instant start = LocalDateTime.of(date, time).atZone(zone).toInstant();
			BookingRequest request = new BookingRequest(new PractitionerId(practitioner), new ClientId(client),
					service == null ? null : new ServiceId(service), null, start, minutes, form.get("notes"),
					form.get("overrideReason"), BookingSource.STAFF);
			if ("none".equals(repeat)) {
				Appointment booked = appointments.book(request);
				redirect.addFlashAttribute("notice", "Booked.");
				return "redirect:/schedule/appointments/" + booked.id();
			}
			SeriesRule.Frequency frequency = java.util.Arrays.stream(SeriesRule.Frequency.values())
				.filter(candidate -> candidate.name().equals(repeat))
				.findFirst()
				.orElseThrow(() -> new InvalidSchedule("repeat", "choice"));
			SeriesBooking result = series.book(request, new SeriesRule(frequency, every, count, until, date, time),
					form.containsKey("allOrNothing"));
			model.addAttribute("result", result);
			model.addAttribute("zone", zone);
			model.addAttribute("when", WHEN);
			model.addAttribute("section", "schedule");
			return "scheduling/series-result";
		}
		catch (InvalidSchedule invalid) {
			Map<String, String> errors = new LinkedHashMap<>();
			invalid.issues().forEach(issue -> errors.putIfAbsent(formField(issue.field()), ScheduleMessages.of(issue.code())));
			return show(form, errors, model);
		}
		catch (SlotTaken taken) {
			model.addAttribute("alternatives", alternatives(taken.alternatives(), form));
			return show(form, Map.of("time", switch (taken.resource()) {
				case PRACTITIONER -> "The practitioner is already booked then.";
				case ROOM -> "No room or chair this service needs is free then.";
				case CLIENT -> "The client already has an appointment then.";
			}), model);
		}
	}

	private String show(Map<String, String> form, Map<String, String> errors, Model model) {
		List<Practitioner> who = access.ownOnly().map(List::of).orElse(practitioners.active());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("practitioners", who);
		model.addAttribute("services", services.active());
		String client = form.get("client");
		Optional<ClientSummary> chosen = Optional.empty();
		if (client != null && !client.isBlank()) {
			try {
				chosen = Optional.ofNullable(clients.summaries(List.of(new ClientId(UUID.fromString(client)))).get(new ClientId(UUID.fromString(client))));
			}
			catch (IllegalArgumentException notAnId) {
				chosen = Optional.empty();
			}
		}
		model.addAttribute("chosenClient", chosen.orElse(null));
		model.addAttribute("section", "schedule");
		model.addAttribute("managesAll", access.managesAll());
		return "scheduling/book";
	}

	/** Fills the series fields from the client's current plan: weekly, fortnightly or every four weeks, for its visits. */
	private void suggestFromPlan(String client, Map<String, String> form) {
		try {
			Optional<TreatmentPlan.Phase> phase = plans.currentWithoutAudit(new ClientId(UUID.fromString(client)))
				.map(TreatmentPlan::phase);
			phase.ifPresent(p -> {
				form.putIfAbsent("planHint", "The treatment plan asks for " + p.interval().name().toLowerCase().replace('_', ' ')
						+ (p.visits() == null ? "" : " visits, " + p.visits() + " in all") + ".");
				if ("none".equals(form.get("repeat")) && !form.containsKey("planApplied")) {
					form.put("repeat", "WEEKLY");
					form.put("every", String.valueOf(switch (p.interval()) {
						case FORTNIGHTLY -> 2;
						case MONTHLY -> 4;
						default -> 1;
					}));
					form.put("count", String.valueOf(p.visits() == null ? 6 : Math.max(2, Math.min(p.visits(), SeriesRule.MAX_VISITS))));
				}
			});
		}
		catch (IllegalArgumentException notAnId) {
			// no suggestion for a malformed id; the form says the client is unknown when sent
		}
	}

	private List<Map<String, String>> alternatives(List<Slot> slots, Map<String, String> form) {
		ZoneId zone = locations.main().zone();
		List<Map<String, String>> links = new ArrayList<>();
		for (Slot slot : slots) {
			LocalDateTime local = LocalDateTime.ofInstant(slot.start(), zone);
			links.add(Map.of("label", WHEN.format(local), "query",
					"client=" + form.getOrDefault("client", "") + "&practitioner=" + slot.practitioner() + "&service="
							+ form.getOrDefault("service", "") + "&start=" + local.toLocalDate() + "T" + local.toLocalTime()));
		}
		return links;
	}

	private static String formField(String field) {
		return switch (field) {
			case "clientId" -> "client";
			case "practitionerId" -> "practitioner";
			case "serviceId" -> "service";
			case "start" -> "time";
			default -> field;
		};
	}

}
