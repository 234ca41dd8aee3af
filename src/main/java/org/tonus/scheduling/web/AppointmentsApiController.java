package org.tonus.scheduling.web;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tonus.client.ClientId;
import org.tonus.scheduling.Appointment;
import org.tonus.scheduling.AppointmentId;
import org.tonus.scheduling.AppointmentStatus;
import org.tonus.scheduling.Appointments;
import org.tonus.scheduling.BookingRequest;
import org.tonus.scheduling.BookingSource;
import org.tonus.scheduling.Locations;
import org.tonus.scheduling.PractitionerId;
import org.tonus.scheduling.RoomId;
import org.tonus.scheduling.ServiceId;
import org.tonus.system.AllowedRoles;
import org.tonus.system.Role;

/**
 * {@code /api/v1/appointments} per spec/api.md: book (201, or 409 with free times nearby), read,
 * list a range, move, cancel, and mark arrived, attended or no-show. A therapist acts on their own
 * appointments only.
 */
@RestController
@RequestMapping("/api/v1/appointments")
@io.swagger.v3.oas.annotations.tags.Tag(name = "Scheduling")
class AppointmentsApiController {

	private final Appointments appointments;

	private final Locations locations;

	private final ScheduleAccess access;

	AppointmentsApiController(Appointments appointments, Locations locations, ScheduleAccess access) {
		this.appointments = appointments;
		this.locations = locations;
		this.access = access;
	}

	record AppointmentRequest(String practitionerId, String clientId, String start, Integer minutes, String roomId,
			String serviceId, String notes, String overrideReason) {
	}

	record MoveRequest(String start, String practitionerId, String roomId, Integer version, String overrideReason) {
	}

	record CancelRequest(String reason) {
	}

	record StatusRequest(String status) {
	}

	record AppointmentResource(UUID id, UUID practitionerId, UUID clientId, UUID serviceId, UUID roomId, String start,
			String end, int minutes, String status, String source, String notes, String overrideReason, UUID seriesId,
			String cancelReason, Boolean cancelledLate, int version) {
	}

	@PostMapping
	@AllowedRoles({ Role.OWNER, Role.FRONT_DESK, Role.THERAPIST })
	ResponseEntity<AppointmentResource> book(@RequestBody AppointmentRequest request) {
		ApiFields fields = new ApiFields();
		if (request == null) {
			fields.issue("practitionerId", "required");
			fields.check();
		}
		UUID practitioner = fields.uuid("practitionerId", request.practitionerId(), true);
		UUID client = fields.uuid("clientId", request.clientId(), true);
		Instant start = fields.instant("start", request.start(), true);
		UUID room = fields.uuid("roomId", request.roomId(), false);
		UUID service = fields.uuid("serviceId", request.serviceId(), false);
		if (request.minutes() == null && service == null) {
			fields.issue("minutes", "required");
		}
		fields.check();
		access.requireManages(new PractitionerId(practitioner));
		Appointment booked = appointments.book(new BookingRequest(new PractitionerId(practitioner), new ClientId(client),
				service == null ? null : new ServiceId(service), room == null ? null : new RoomId(room), start,
				request.minutes(), request.notes(), request.overrideReason(), BookingSource.API));
		return ResponseEntity.created(URI.create("/api/v1/appointments/" + booked.id())).body(resource(booked));
	}

	@GetMapping("/{id}")
	@AllowedRoles({ Role.OWNER, Role.FRONT_DESK, Role.THERAPIST })
	AppointmentResource read(@PathVariable UUID id) {
		Appointment appointment = appointments.findWithoutAudit(new AppointmentId(id))
			.orElseThrow(org.tonus.scheduling.ScheduleNotFound::new);
		access.requireManages(appointment.practitioner());
		return resource(appointments.get(appointment.id()));
	}

	@GetMapping
	@AllowedRoles({ Role.OWNER, Role.FRONT_DESK, Role.THERAPIST })
	List<AppointmentResource> list(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String practitionerId) {
		ApiFields fields = new ApiFields();
		Instant first = fields.instant("from", from, true);
		Instant last = fields.instant("to", to, true);
		UUID practitioner = fields.uuid("practitionerId", practitionerId, false);
		if (first != null && last != null && (!last.isAfter(first) || java.time.Duration.between(first, last).toDays() > 62)) {
			fields.issue("to", last.isAfter(first) ? "range-too-long" : "end-before-start");
		}
		fields.check();
		PractitionerId who = practitioner == null ? null : new PractitionerId(practitioner);
		var own = access.ownOnly();
		if (own.isPresent()) {
			if (who != null && !who.equals(own.get().id())) {
				throw new org.tonus.scheduling.ScheduleNotFound();
			}
			who = own.get().id();
		}
		return appointments.between(first, last, who, null).stream().map(this::resource).toList();
	}

	@PostMapping("/{id}/move")
	@AllowedRoles({ Role.OWNER, Role.FRONT_DESK, Role.THERAPIST })
	AppointmentResource move(@PathVariable UUID id, @RequestBody MoveRequest request) {
		Appointment appointment = own(id);
		ApiFields fields = new ApiFields();
		Instant start = fields.instant("start", request == null ? null : request.start(), true);
		UUID practitioner = fields.uuid("practitionerId", request == null ? null : request.practitionerId(), false);
		UUID room = fields.uuid("roomId", request == null ? null : request.roomId(), false);
		if (request == null || request.version() == null) {
			fields.issue("version", "required");
		}
		fields.check();
		if (practitioner != null) {
			access.requireManages(new PractitionerId(practitioner));
		}
		return resource(appointments.move(appointment.id(), request.version(),
				new BookingRequest(practitioner == null ? null : new PractitionerId(practitioner), null, null,
						room == null ? null : new RoomId(room), start, null, null, request.overrideReason(), BookingSource.API)));
	}

	@PostMapping("/{id}/cancel")
	@AllowedRoles({ Role.OWNER, Role.FRONT_DESK, Role.THERAPIST })
	AppointmentResource cancel(@PathVariable UUID id, @RequestBody(required = false) CancelRequest request) {
		Appointment appointment = own(id);
		return resource(appointments.cancel(appointment.id(), request == null ? null : request.reason(), false));
	}

	@PostMapping("/{id}/status")
	@AllowedRoles({ Role.OWNER, Role.FRONT_DESK, Role.THERAPIST })
	AppointmentResource status(@PathVariable UUID id, @RequestBody StatusRequest request) {
		Appointment appointment = own(id);
		AppointmentStatus status = request == null || request.status() == null ? null : switch (request.status().toLowerCase()) {
			case "arrived" -> AppointmentStatus.ARRIVED;
			case "attended" -> AppointmentStatus.ATTENDED;
			case "no_show", "no-show" -> AppointmentStatus.NO_SHOW;
			default -> null;
		};
		if (status == null) {
			throw new org.tonus.scheduling.InvalidSchedule("status", "status");
		}
		return resource(appointments.mark(appointment.id(), status));
	}

	private Appointment own(UUID id) {
		Appointment appointment = appointments.findWithoutAudit(new AppointmentId(id))
			.orElseThrow(org.tonus.scheduling.ScheduleNotFound::new);
		access.requireManages(appointment.practitioner());
		return appointment;
	}

	private AppointmentResource resource(Appointment a) {
		ZoneId zone = locations.find(a.location()).orElse(locations.main()).zone();
		return new AppointmentResource(a.id().id(), a.practitioner().id(), a.client().id(),
				a.service() == null ? null : a.service().id(), a.room() == null ? null : a.room().id(),
				a.start().atZone(zone).toOffsetDateTime().toString(), a.end().atZone(zone).toOffsetDateTime().toString(),
				a.minutes(), a.status().name().toLowerCase(), a.source().name().toLowerCase(), a.notes(), a.overrideReason(),
				a.series(), a.cancelReason(), a.cancelledLate(), a.version());
	}

}
