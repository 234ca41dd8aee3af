package org.tonus.outcomes.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tonus.client.ClientId;
import org.tonus.client.ClientRegistry;
import org.tonus.outcomes.Assignment;
import org.tonus.outcomes.Assignments;
import org.tonus.outcomes.InvalidAnswers;
import org.tonus.system.AllowedRoles;
import org.tonus.system.NotFound;
import org.tonus.system.Role;

/** Assigning questionnaires to a client on a schedule, and ending an assignment. */
@Controller
@AllowedRoles({ Role.OWNER, Role.THERAPIST })
class AssignmentController {

	private final Assignments assignments;

	private final ClientRegistry clients;

	AssignmentController(Assignments assignments, ClientRegistry clients) {
		this.assignments = assignments;
		this.clients = clients;
	}

	@PostMapping("/clients/{clientId}/measures/assignments")
	String assign(@PathVariable UUID clientId, @RequestParam(required = false) String instrument,
			@RequestParam(required = false) String schedule, @RequestParam(required = false) String everyVisits,
			RedirectAttributes redirect) {
		ClientId client = client(clientId);
		try {
			Assignment.Schedule when;
			try {
				when = Assignment.Schedule.valueOf(schedule == null ? "" : schedule);
			}
			catch (IllegalArgumentException unknown) {
				throw new InvalidAnswers(java.util.List.of(new InvalidAnswers.Problem("schedule", "required")));
			}
			Integer every = null;
			if (when == Assignment.Schedule.EVERY_N_VISITS) {
				try {
					every = Integer.valueOf(everyVisits == null ? "" : everyVisits.strip());
				}
				catch (NumberFormatException notANumber) {
					throw new InvalidAnswers(java.util.List.of(new InvalidAnswers.Problem("everyVisits", "every-visits")));
				}
			}
			assignments.assign(client, instrument, when, every);
			redirect.addFlashAttribute("notice", "Assigned.");
		}
		catch (InvalidAnswers invalid) {
			redirect.addFlashAttribute("assignError", MeasureMessages.of(invalid.problems().get(0).code()));
		}
		return "redirect:/clients/" + clientId + "/measures#assigned";
	}

	@PostMapping("/clients/{clientId}/measures/assignments/{assignmentId}/end")
	String end(@PathVariable UUID clientId, @PathVariable UUID assignmentId, RedirectAttributes redirect) {
		try {
			assignments.end(client(clientId), assignmentId);
			redirect.addFlashAttribute("notice", "The assignment has ended.");
		}
		catch (InvalidAnswers invalid) {
			throw new NotFound();
		}
		return "redirect:/clients/" + clientId + "/measures#assigned";
	}

	private ClientId client(UUID id) {
		ClientId client = new ClientId(id);
		if (!clients.exists(client)) {
			throw new NotFound();
		}
		return client;
	}

}
