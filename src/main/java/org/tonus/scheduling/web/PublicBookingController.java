package org.tonus.scheduling.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tonus.client.ClientDetails;
import org.tonus.client.ClientId;
import org.tonus.client.ClientRegistry;
import org.tonus.client.InvalidClientDetails;
import org.tonus.client.PreferredContact;
import org.tonus.intake.IntakeLinks;
import org.tonus.scheduling.Appointment;
import org.tonus.scheduling.Appointments;
import org.tonus.scheduling.Availability;
import org.tonus.scheduling.AvailabilityQuery;
import org.tonus.scheduling.BookingPolicies;
import org.tonus.scheduling.BookingRequest;
import org.tonus.scheduling.BookingSource;
import org.tonus.scheduling.ClinicService;
import org.tonus.scheduling.ClinicServices;
import org.tonus.scheduling.InvalidSchedule;
import org.tonus.scheduling.Locations;
import org.tonus.scheduling.OfferClaims;
import org.tonus.scheduling.Practitioner;
import org.tonus.scheduling.PractitionerId;
import org.tonus.scheduling.Practitioners;
import org.tonus.scheduling.ScheduleNotFound;
import org.tonus.scheduling.ServiceId;
import org.tonus.scheduling.Slot;
import org.tonus.scheduling.SlotTaken;
import org.tonus.scheduling.Waitlist;
import org.tonus.scheduling.WaitlistEntry;
import org.tonus.system.ClinicProfile;
import org.tonus.system.ClinicProfiles;
import org.tonus.system.PublicAccess;

/**
 * The public booking page: no account; the client picks a service, a practitioner or anyone, and a
 * free time (only free times are shown, never who else is booked), then enters their details. A
 * returning client is recognised by e-mail, family name and date of birth together; anyone else
 * becomes a new client and gets the intake questionnaire. Changes and cancellations go through the
 * signed link in the confirmation. Rate limited per address.
 */
@Controller
@PublicAccess("clients book, change and cancel without an account; their own bookings only, through signed links")
class PublicBookingController {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

	private final ClinicServices services;

	private final Practitioners practitioners;

	private final Availability availability;

	private final Appointments appointments;

	private final BookingPolicies policies;

	private final Locations locations;

	private final ClientRegistry clients;

	private final IntakeLinks intake;

	private final Waitlist waitlist;

	private final OfferClaims claims;

	private final ClinicProfiles clinic;

	private final PublicRateLimit limit;

	private final org.tonus.scheduling.PublicLinks links;

	private final org.springframework.transaction.support.TransactionTemplate transactions;

	PublicBookingController(ClinicServices services, Practitioners practitioners, Availability availability,
			Appointments appointments, BookingPolicies policies, Locations locations, ClientRegistry clients,
			IntakeLinks intake, Waitlist waitlist, OfferClaims claims, ClinicProfiles clinic, PublicRateLimit limit,
			org.tonus.scheduling.PublicLinks links, org.springframework.transaction.support.TransactionTemplate transactions) {
		this.links = links;
		this.transactions = transactions;
		this.services = services;
		this.practitioners = practitioners;
		this.availability = availability;
		this.appointments = appointments;
		this.policies = policies;
		this.locations = locations;
		this.clients = clients;
		this.intake = intake;
		this.waitlist = waitlist;
		this.claims = claims;
		this.clinic = clinic;
		this.limit = limit;
	}

	@GetMapping("/book")
	String services(HttpServletRequest request, Model model) {
		limit.read(request.getRemoteAddr());
		common(model);
		model.addAttribute("open", policies.current().onlineBooking());
		model.addAttribute("services", services.online());
		return "scheduling/public/services";
	}

	@GetMapping("/book/{serviceId}")
	String slots(@PathVariable UUID serviceId, @RequestParam(required = false) UUID practitioner,
			@RequestParam(required = false) String from, HttpServletRequest request, Model model) {
		limit.read(request.getRemoteAddr());
		ClinicService service = onlineService(serviceId);
		ZoneId zone = locations.main().zone();
		LocalDate today = LocalDate.now(zone);
		LocalDate first = parseDate(from).filter(d -> !d.isBefore(today)).orElse(today);
		List<Practitioner> givers = practitioners.active().stream().filter(p -> p.gives(service.id())).toList();
		List<Slot> slots = policies.current().onlineBooking() ? availability.find(new AvailabilityQuery(service.id(), null,
				practitioner == null ? List.of() : List.of(new PractitionerId(practitioner)), first, first.plusDays(6), true))
				: List.of();
		if (practitioner == null) {
			// "anyone": one button per time, with whoever is free first
			Map<Instant, Slot> byTime = new LinkedHashMap<>();
			slots.forEach(slot -> byTime.putIfAbsent(slot.start(), slot));
			slots = List.copyOf(byTime.values());
		}
		Map<PractitionerId, String> names = givers.stream().collect(Collectors.toMap(Practitioner::id, Practitioner::displayName));
		Map<String, List<Map<String, String>>> days = new LinkedHashMap<>();
		for (Slot slot : slots) {
			ZonedDateTime start = slot.start().atZone(zone);
			days.computeIfAbsent(DAY.format(start), key -> new java.util.ArrayList<>())
				.add(Map.of("time", start.toLocalTime().toString(), "start", start.toOffsetDateTime().toString(), "practitioner",
						slot.practitioner().toString(), "with", names.getOrDefault(slot.practitioner(), "")));
		}
		common(model);
		model.addAttribute("service", service);
		model.addAttribute("givers", givers);
		model.addAttribute("practitioner", practitioner == null ? "" : practitioner.toString());
		model.addAttribute("days", days);
		model.addAttribute("from", first);
		model.addAttribute("previous", first.minusDays(7).isBefore(today) ? null : first.minusDays(7));
		model.addAttribute("next", first.plusDays(7));
		return "scheduling/public/slots";
	}

	@GetMapping("/book/{serviceId}/details")
	String details(@PathVariable UUID serviceId, @RequestParam String practitioner, @RequestParam String start,
			HttpServletRequest request, Model model) {
		limit.read(request.getRemoteAddr());
		return detailsPage(onlineService(serviceId), Map.of("practitioner", practitioner, "start", start), Map.of(), model);
	}

	@PostMapping("/book/{serviceId}")
	String book(@PathVariable UUID serviceId, @RequestParam Map<String, String> form, HttpServletRequest request, Model model) {
		limit.write(request.getRemoteAddr());
		ClinicService service = onlineService(serviceId);
		ApiFields fields = new ApiFields();
		UUID practitioner = fields.uuid("practitionerId", form.get("practitioner"), true);
		Instant start = fields.instant("start", form.get("start"), true);
		LocalDate birth = fields.date("dateOfBirth", form.get("dateOfBirth"), true);
		Map<String, String> errors = new LinkedHashMap<>();
		if (!"1".equals(form.get("consent"))) {
			errors.put("consent", "Please agree so we can keep your booking and contact you about it.");
		}
		try {
			fields.check();
		}
		catch (InvalidSchedule invalid) {
			invalid.issues().forEach(issue -> errors.putIfAbsent(issue.field(), ScheduleMessages.of(issue.code())));
		}
		ClientDetails details = new ClientDetails(trim(form.get("givenName")), trim(form.get("familyName")), null, birth,
				trim(form.get("email")), trim(form.get("phone")), null, null, null, null, PreferredContact.EMAIL, null);
		details.check(LocalDate.now(locations.main().zone()))
			.forEach(issue -> errors.putIfAbsent(issue.field(), clientMessage(issue.code())));
		if (!errors.isEmpty()) {
			return detailsPage(service, form, errors, model);
		}
		Optional<ClientId> known = Optional.empty();
		try {
			// the client, their intake link and the booking commit together or not at all: a refused
			// time leaves no stray client record behind
			known = clients.matchForBooking(details.email(), details.familyName(), birth);
			Optional<ClientId> matched = known;
			Appointment booked = transactions.execute(status -> {
				ClientId client = matched.orElseGet(() -> clients.register(details).id());
				String intakeUrl = matched.isPresent() ? null : links.base() + "/intake/" + intake.issue(client).token();
				return appointments.book(new BookingRequest(new PractitionerId(practitioner), client, service.id(), null, start, null,
						null, null, BookingSource.ONLINE), intakeUrl);
			});
			common(model);
			model.addAttribute("when", WHEN.format(booked.start().atZone(locations.main().zone())));
			model.addAttribute("with", practitioners.find(booked.practitioner()).map(Practitioner::displayName).orElse(""));
			model.addAttribute("service", service);
			model.addAttribute("manage", "/book/manage/" + appointments.manageToken(booked.id()));
			return "scheduling/public/booked";
		}
		catch (InvalidClientDetails invalid) {
			invalid.issues().forEach(issue -> errors.putIfAbsent(issue.field(), clientMessage(issue.code())));
			return detailsPage(service, form, errors, model);
		}
		catch (InvalidSchedule invalid) {
			invalid.issues().forEach(issue -> errors.putIfAbsent("start", ScheduleMessages.of(issue.code())));
			return detailsPage(service, form, errors, model);
		}
		catch (SlotTaken taken) {
			boolean theirs = taken.resource() == SlotTaken.Resource.CLIENT
					|| known.filter(client -> appointments.holds(client, start)).isPresent();
			errors.put("start", theirs
					? "You already have an appointment at this time; your confirmation e-mail has its link."
					: "Sorry, someone has just booked this time. Please choose another.");
			return detailsPage(service, form, errors, model);
		}
	}

	@GetMapping("/book/manage/{token}")
	String manage(@PathVariable String token, HttpServletRequest request, Model model) {
		limit.read(request.getRemoteAddr());
		Appointment appointment = appointments.byManageToken(token).orElseThrow(ScheduleNotFound::new);
		return managePage(appointment, token, null, model);
	}

	@PostMapping("/book/manage/{token}/cancel")
	String cancelOnline(@PathVariable String token, @RequestParam(required = false) String reason, HttpServletRequest request,
			Model model) {
		limit.write(request.getRemoteAddr());
		Appointment appointment = appointments.byManageToken(token).orElseThrow(ScheduleNotFound::new);
		if (!appointment.status().open() || !appointment.start().isAfter(Instant.now())) {
			return managePage(appointment, token, "This appointment can no longer be cancelled online. Please call the clinic.", model);
		}
		try {
			appointments.cancel(appointment.id(), reason, true);
			return managePage(appointments.findWithoutAudit(appointment.id()).orElseThrow(), token, null, model);
		}
		catch (InvalidSchedule invalid) {
			return managePage(appointment, token, ScheduleMessages.of(invalid.issues().get(0).code()), model);
		}
	}

	@PostMapping("/book/manage/{token}/move")
	String moveOnline(@PathVariable String token, @RequestParam(required = false) String start, HttpServletRequest request,
			Model model) {
		limit.write(request.getRemoteAddr());
		Appointment appointment = appointments.byManageToken(token).orElseThrow(ScheduleNotFound::new);
		if (!appointments.movableByClient(appointment)) {
			return managePage(appointment, token, "This appointment can no longer be moved online. Please call the clinic.", model);
		}
		ApiFields fields = new ApiFields();
		Instant when = fields.instant("start", start, true);
		try {
			fields.check();
			appointments.move(appointment.id(), appointment.version(),
					new BookingRequest(null, null, null, null, when, null, null, null, BookingSource.ONLINE));
			return managePage(appointments.findWithoutAudit(appointment.id()).orElseThrow(), token, "Moved. We have sent you a confirmation.", model);
		}
		catch (InvalidSchedule invalid) {
			return managePage(appointment, token, "That time cannot be booked online: " + ScheduleMessages.of(invalid.issues().get(0).code()), model);
		}
		catch (SlotTaken taken) {
			return managePage(appointment, token, "Sorry, that time has just been taken. Please choose another.", model);
		}
	}

	@PostMapping("/book/manage/{token}/waitlist")
	String joinWaitlist(@PathVariable String token, HttpServletRequest request, Model model) {
		limit.write(request.getRemoteAddr());
		Appointment appointment = appointments.byManageToken(token).orElseThrow(ScheduleNotFound::new);
		ZoneId zone = locations.main().zone();
		LocalDate today = LocalDate.now(zone);
		LocalDate before = appointment.start().atZone(zone).toLocalDate().minusDays(1);
		if (appointment.service() == null || before.isBefore(today)) {
			return managePage(appointment, token, "There is no earlier day to wait for.", model);
		}
		waitlist.add(appointment.client(), appointment.service(), appointment.practitioner(), today, before,
				WaitlistEntry.DayPart.ANY, "Asked online for an earlier time");
		return managePage(appointment, token, "You are on the waitlist. If an earlier time opens up, we will e-mail you.", model);
	}

	@GetMapping("/book/offer/{token}")
	String offer(@PathVariable String token, HttpServletRequest request, Model model) {
		limit.read(request.getRemoteAddr());
		Waitlist.Offer offer = waitlist.open(token).orElseThrow(ScheduleNotFound::new);
		return offerPage(offer, token, null, model);
	}

	@PostMapping("/book/offer/{token}")
	String claim(@PathVariable String token, HttpServletRequest request, Model model) {
		limit.write(request.getRemoteAddr());
		Waitlist.Offer offer = waitlist.open(token).orElseThrow(ScheduleNotFound::new);
		OfferClaims.Claim claim = claims.claim(offer);
		if (claim.outcome() == OfferClaims.Outcome.BOOKED) {
			return "redirect:/book/manage/" + appointments.manageToken(claim.appointment().id());
		}
		return offerPage(waitlist.open(token).orElseThrow(), token, "Sorry, this time has been taken by someone else.", model);
	}

	private String offerPage(Waitlist.Offer offer, String token, String message, Model model) {
		common(model);
		model.addAttribute("offer", offer);
		model.addAttribute("when", WHEN.format(offer.start().atZone(locations.main().zone())));
		model.addAttribute("with", practitioners.find(offer.practitioner()).map(Practitioner::displayName).orElse(""));
		model.addAttribute("service", services.find(offer.entry().service()).map(ClinicService::name).orElse(""));
		model.addAttribute("token", token);
		model.addAttribute("message", message);
		return "scheduling/public/offer";
	}

	private String managePage(Appointment appointment, String token, String message, Model model) {
		ZoneId zone = locations.main().zone();
		common(model);
		model.addAttribute("a", appointment);
		model.addAttribute("when", WHEN.format(appointment.start().atZone(zone)));
		model.addAttribute("with", practitioners.find(appointment.practitioner()).map(Practitioner::displayName).orElse(""));
		model.addAttribute("service", appointment.service() == null ? "" : services.find(appointment.service()).map(ClinicService::name).orElse(""));
		model.addAttribute("token", token);
		model.addAttribute("message", message);
		boolean changeable = appointment.status() == org.tonus.scheduling.AppointmentStatus.BOOKED
				&& appointment.start().isAfter(Instant.now()) && appointment.service() != null;
		model.addAttribute("movable", changeable && appointments.movableByClient(appointment));
		model.addAttribute("changeable", changeable);
		if (changeable && appointments.movableByClient(appointment)) {
			LocalDate today = LocalDate.now(zone);
			List<Slot> free = availability.find(new AvailabilityQuery(appointment.service(), null, List.of(appointment.practitioner()),
					today, today.plusDays(13), true));
			model.addAttribute("alternatives", free.stream().limit(24).map(slot -> Map.of("label",
					DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH).format(slot.start().atZone(zone)), "start",
					slot.start().atZone(zone).toOffsetDateTime().toString())).toList());
		}
		return "scheduling/public/manage";
	}

	private String detailsPage(ClinicService service, Map<String, String> form, Map<String, String> errors, Model model) {
		common(model);
		model.addAttribute("service", service);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		ZoneId zone = locations.main().zone();
		try {
			Instant start = java.time.OffsetDateTime.parse(form.getOrDefault("start", "")).toInstant();
			model.addAttribute("when", WHEN.format(start.atZone(zone)));
		}
		catch (java.time.format.DateTimeParseException bad) {
			model.addAttribute("when", null);
		}
		try {
			model.addAttribute("with", practitioners.find(new PractitionerId(UUID.fromString(form.getOrDefault("practitioner", ""))))
				.map(Practitioner::displayName).orElse(null));
		}
		catch (IllegalArgumentException bad) {
			model.addAttribute("with", null);
		}
		return "scheduling/public/details";
	}

	private ClinicService onlineService(UUID id) {
		return services.online().stream().filter(s -> s.id().equals(new ServiceId(id))).findFirst().orElseThrow(ScheduleNotFound::new);
	}

	private void common(Model model) {
		model.addAttribute("clinicName", clinic.current().map(ClinicProfile::name).orElse("Tonus"));
		model.addAttribute("section", "book");
	}

	private static String trim(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static Optional<LocalDate> parseDate(String text) {
		try {
			return text == null ? Optional.empty() : Optional.of(LocalDate.parse(text));
		}
		catch (java.time.format.DateTimeParseException bad) {
			return Optional.empty();
		}
	}

	private static String clientMessage(String code) {
		return switch (code) {
			case "required", "needed-for-contact" -> "Please fill this in.";
			case "email" -> "Please enter an e-mail address.";
			case "phone" -> "Please enter a phone number.";
			case "future" -> "A date of birth cannot be in the future.";
			case "too-early", "date" -> "Please enter a real date of birth.";
			case "too-long" -> "This is too long.";
			default -> "Please check this field.";
		};
	}

}
