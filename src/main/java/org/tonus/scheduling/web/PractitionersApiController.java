package org.tonus.scheduling.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tonus.scheduling.Availability;
import org.tonus.scheduling.AvailabilityQuery;
import org.tonus.scheduling.Locations;
import org.tonus.scheduling.Practitioner;
import org.tonus.scheduling.PractitionerDraft;
import org.tonus.scheduling.PractitionerId;
import org.tonus.scheduling.Practitioners;
import org.tonus.scheduling.ServiceId;
import org.tonus.scheduling.Slot;
import org.tonus.system.AllowedRoles;
import org.tonus.system.Role;

/** {@code /api/v1/practitioners} per spec/api.md, with free slots per practitioner. */
@RestController
@RequestMapping("/api/v1/practitioners")
@io.swagger.v3.oas.annotations.tags.Tag(name = "Scheduling")
class PractitionersApiController {

	private final Practitioners practitioners;

	private final Availability availability;

	private final Locations locations;

	PractitionersApiController(Practitioners practitioners, Availability availability, Locations locations) {
		this.practitioners = practitioners;
		this.availability = availability;
		this.locations = locations;
	}

	record PractitionerRequest(String name, String email, String credentials, List<ApiFields.HoursEntry> workingHours,
			String userId, String locationId, List<String> serviceIds) {
	}

	record HoursResource(String day, String from, String to) {
	}

	record PractitionerResource(UUID id, String name, String email, String credentials, UUID userId, UUID locationId,
			boolean active, List<HoursResource> workingHours, Set<UUID> serviceIds) {

		static PractitionerResource of(Practitioner p) {
			return new PractitionerResource(p.id().id(), p.name(), p.email(), p.credentials(), p.user(), p.location().id(),
					p.active(), p.hours().stream().map(h -> new HoursResource(h.day().name(), h.from().toString(), h.to().toString())).toList(),
					p.services().stream().map(ServiceId::id).collect(Collectors.toSet()));
		}

	}

	record SlotResource(UUID practitionerId, String start, String end, UUID roomId) {
	}

	record AvailabilityResource(UUID practitionerId, String from, String to, Integer minutes, UUID serviceId,
			List<SlotResource> slots) {
	}

	@PostMapping
	@AllowedRoles({ Role.OWNER, Role.FRONT_DESK })
	ResponseEntity<PractitionerResource> create(@RequestBody PractitionerRequest request) {
		Practitioner created = practitioners.create(draft(request));
		return ResponseEntity.created(URI.create("/api/v1/practitioners/" + created.id())).body(PractitionerResource.of(created));
	}

	@GetMapping
	@AllowedRoles({ Role.OWNER, Role.FRONT_DESK, Role.THERAPIST })
	List<PractitionerResource> list() {
		return practitioners.all().stream().map(PractitionerResource::of).toList();
	}

	@GetMapping("/{id}")
	@AllowedRoles({ Role.OWNER, Role.FRONT_DESK, Role.THERAPIST })
	PractitionerResource read(@PathVariable UUID id) {
		return PractitionerResource.of(practitioners.get(new PractitionerId(id)));
	}

	@GetMapping("/{id}/availability")
	@AllowedRoles({ Role.OWNER, Role.FRONT_DESK, Role.THERAPIST })
	AvailabilityResource availability(@PathVariable UUID id, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String minutes,
			@RequestParam(required = false) String serviceId) {
		Practitioner practitioner = practitioners.get(new PractitionerId(id));
		ApiFields fields = new ApiFields();
		ZoneId zone = locations.find(practitioner.location()).orElse(locations.main()).zone();
		LocalDate first = day(fields, "from", from, zone);
		LocalDate last = day(fields, "to", to, zone);
		UUID service = fields.uuid("serviceId", serviceId, false);
		Integer length = fields.integer("minutes", minutes, service == null, "minutes");
		fields.check();
		List<Slot> slots = availability.find(new AvailabilityQuery(service == null ? null : new ServiceId(service), length,
				List.of(practitioner.id()), first, last, false));
		return new AvailabilityResource(id, first.toString(), last.toString(), length, service,
				slots.stream()
					.map(slot -> new SlotResource(id, slot.start().atZone(zone).toOffsetDateTime().toString(),
							slot.end().atZone(zone).toOffsetDateTime().toString(), slot.room() == null ? null : slot.room().id()))
					.toList());
	}

	/** A date, or an instant with offset (its date in the practitioner's zone). */
	private static LocalDate day(ApiFields fields, String field, String value, ZoneId zone) {
		if (value != null && value.contains("T")) {
			java.time.Instant instant = fields.instant(field, value, true);
			return instant == null ? null : instant.atZone(zone).toLocalDate();
		}
		return fields.date(field, value, true);
	}

	private PractitionerDraft draft(PractitionerRequest request) {
		ApiFields fields = new ApiFields();
		if (request == null) {
			fields.issue("name", "required");
			fields.check();
		}
		UUID user = fields.uuid("userId", request.userId(), false);
		UUID location = fields.uuid("locationId", request.locationId(), false);
		Set<ServiceId> services = request.serviceIds() == null ? Set.of()
				: request.serviceIds().stream().map(text -> fields.uuid("serviceIds", text, true)).filter(java.util.Objects::nonNull)
					.map(ServiceId::new).collect(Collectors.toSet());
		var hours = fields.hours("workingHours", request.workingHours());
		fields.check();
		return new PractitionerDraft(request.name(), request.email(), request.credentials(), user,
				location == null ? null : new org.tonus.scheduling.LocationId(location), hours, services);
	}

}
