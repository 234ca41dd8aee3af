package org.tonus.scheduling.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.tonus.scheduling.InvalidSchedule;
import org.tonus.scheduling.Locations;
import org.tonus.scheduling.SlotTaken;

/** Problem details for the scheduling API: bad fields (400) and taken times (409, with free times nearby). */
@RestControllerAdvice(assignableTypes = { AppointmentsApiController.class, PractitionersApiController.class,
		AvailabilityApiController.class })
class SchedulingApiProblems {

	private final Locations locations;

	SchedulingApiProblems(Locations locations) {
		this.locations = locations;
	}

	@ExceptionHandler(InvalidSchedule.class)
	ResponseEntity<ProblemDetail> invalid(InvalidSchedule invalid) {
		boolean stale = invalid.issues().stream().anyMatch(issue -> issue.code().equals("stale"));
		HttpStatus status = stale ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				stale ? "The record changed since you read it; read it again." : "Some fields are not valid.");
		problem.setTitle(stale ? "Conflict" : "Invalid request");
		problem.setProperty("errors", invalid.issues()
			.stream()
			.map(issue -> Map.of("field", issue.field(), "message", ScheduleMessages.of(issue.code())))
			.toList());
		return ResponseEntity.status(status).body(problem);
	}

	@ExceptionHandler(SlotTaken.class)
	ResponseEntity<ProblemDetail> taken(SlotTaken taken) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, switch (taken.resource()) {
			case PRACTITIONER -> "The practitioner is already booked at that time.";
			case ROOM -> "No room or chair the service needs is free at that time.";
			case CLIENT -> "The client already has an appointment at that time.";
		});
		problem.setTitle("Time taken");
		problem.setProperty("conflict", taken.resource().name().toLowerCase());
		ZoneId zone = locations.main().zone();
		List<Map<String, Object>> alternatives = taken.alternatives()
			.stream()
			.map(slot -> Map.<String, Object>of("practitionerId", slot.practitioner().id(), "start",
					slot.start().atZone(zone).toOffsetDateTime().toString(), "end", slot.end().atZone(zone).toOffsetDateTime().toString()))
			.toList();
		problem.setProperty("alternatives", alternatives);
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

}
