package org.tonus.scheduling.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tonus.scheduling.Availability;
import org.tonus.scheduling.AvailabilityQuery;
import org.tonus.scheduling.Locations;
import org.tonus.scheduling.PractitionerId;
import org.tonus.scheduling.ServiceId;
import org.tonus.system.AllowedRoles;
import org.tonus.system.Role;

/**
 * {@code GET /api/v1/availability}: free slots of everyone who could take the visit (or the listed
 * practitioners), over dates from {@code from} to {@code to} inclusive: for "anyone" bookings and
 * for integrations that would otherwise ask practitioner by practitioner.
 */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Scheduling")
class AvailabilityApiController {

	private final Availability availability;

	private final Locations locations;

	AvailabilityApiController(Availability availability, Locations locations) {
		this.availability = availability;
		this.locations = locations;
	}

	record Answer(String from, String to, Integer minutes, UUID serviceId, List<PractitionersApiController.SlotResource> slots) {
	}

	@GetMapping("/api/v1/availability")
	@AllowedRoles({ Role.OWNER, Role.FRONT_DESK, Role.THERAPIST })
	Answer availability(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String minutes, @RequestParam(required = false) String serviceId,
			@RequestParam(required = false) List<String> practitionerId) {
		ApiFields fields = new ApiFields();
		LocalDate first = fields.date("from", from, true);
		LocalDate last = fields.date("to", to, true);
		UUID service = fields.uuid("serviceId", serviceId, false);
		Integer length = fields.integer("minutes", minutes, service == null, "minutes");
		List<PractitionerId> who = practitionerId == null ? List.of()
				: practitionerId.stream().map(id -> fields.uuid("practitionerId", id, true)).filter(java.util.Objects::nonNull)
					.map(PractitionerId::new).toList();
		fields.check();
		ZoneId zone = locations.main().zone();
		return new Answer(first.toString(), last.toString(), length, service,
				availability.find(new AvailabilityQuery(service == null ? null : new ServiceId(service), length, who, first, last, false))
					.stream()
					.map(slot -> new PractitionersApiController.SlotResource(slot.practitioner().id(),
							slot.start().atZone(zone).toOffsetDateTime().toString(), slot.end().atZone(zone).toOffsetDateTime().toString(),
							slot.room() == null ? null : slot.room().id()))
					.toList());
	}

}
