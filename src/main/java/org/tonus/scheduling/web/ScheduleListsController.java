package org.tonus.scheduling.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tonus.client.ClientId;
import org.tonus.client.ClientRegistry;
import org.tonus.client.ClientSummary;
import org.tonus.scheduling.ClinicService;
import org.tonus.scheduling.ClinicServices;
import org.tonus.scheduling.FollowUps;
import org.tonus.scheduling.InvalidSchedule;
import org.tonus.scheduling.Locations;
import org.tonus.scheduling.Practitioner;
import org.tonus.scheduling.PractitionerId;
import org.tonus.scheduling.Practitioners;
import org.tonus.scheduling.ServiceId;
import org.tonus.scheduling.Waitlist;
import org.tonus.scheduling.WaitlistEntry;
import org.tonus.system.AllowedRoles;
import org.tonus.system.Role;

/**
 * The waitlist (owner and front desk: it spans every practitioner's clients) and the clients due for
 * a follow-up (also therapists, who see every client's chart): the front desk's two lists of who to call.
 */
@Controller
class ScheduleListsController {

	private final Waitlist waitlist;

	private final FollowUps followUps;

	private final ClientRegistry clients;

	private final ClinicServices services;

	private final Practitioners practitioners;

	private final Locations locations;

	ScheduleListsController(Waitlist waitlist, FollowUps followUps, ClientRegistry clients, ClinicServices services,
			Practitioners practitioners, Locations locations) {
		this.waitlist = waitlist;
		this.followUps = followUps;
		this.clients = clients;
		this.services = services;
		this.practitioners = practitioners;
		this.locations = locations;
	}

	@GetMapping("/schedule/waitlist")
	@AllowedRoles({ Role.OWNER, Role.FRONT_DESK })
	String waitlist(Model model) {
		return waitlistPage(Map.of(), Map.of(), model);
	}

	@PostMapping("/schedule/waitlist")
	@AllowedRoles({ Role.OWNER, Role.FRONT_DESK })
	String add(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		ApiFields fields = new ApiFields();
		UUID client = fields.uuid("clientId", form.get("client"), true);
		UUID service = fields.uuid("serviceId", form.get("service"), true);
		UUID practitioner = fields.uuid("practitionerId", form.get("practitioner"), false);
		LocalDate from = fields.date("from", form.get("from"), true);
		LocalDate to = fields.date("to", form.get("to"), true);
		try {
			fields.check();
			waitlist.add(new ClientId(client), new ServiceId(service), practitioner == null ? null : new PractitionerId(practitioner),
					from, to, dayPart(form.get("dayPart")), form.get("note"));
			redirect.addFlashAttribute("notice", "Added to the waitlist.");
			return "redirect:/schedule/waitlist";
		}
		catch (InvalidSchedule invalid) {
			Map<String, String> errors = new LinkedHashMap<>();
			invalid.issues().forEach(issue -> errors.putIfAbsent(issue.field().replace("Id", ""), ScheduleMessages.of(issue.code())));
			return waitlistPage(form, errors, model);
		}
	}

	@PostMapping("/schedule/waitlist/{id}/withdraw")
	@AllowedRoles({ Role.OWNER, Role.FRONT_DESK })
	String withdraw(@PathVariable UUID id, RedirectAttributes redirect) {
		waitlist.withdraw(id);
		redirect.addFlashAttribute("notice", "Taken off the waitlist.");
		return "redirect:/schedule/waitlist";
	}

	@GetMapping("/schedule/follow-ups")
	@AllowedRoles({ Role.OWNER, Role.FRONT_DESK, Role.THERAPIST })
	String followUps(Model model) {
		List<FollowUps.Due> due = followUps.due();
		model.addAttribute("due", due);
		model.addAttribute("names", clients.summaries(due.stream().map(FollowUps.Due::client).toList()));
		model.addAttribute("section", "schedule");
		return "scheduling/follow-ups";
	}

	private static WaitlistEntry.DayPart dayPart(String text) {
		try {
			return text == null || text.isBlank() ? WaitlistEntry.DayPart.ANY : WaitlistEntry.DayPart.valueOf(text);
		}
		catch (IllegalArgumentException unknown) {
			throw new InvalidSchedule("dayPart", "choice");
		}
	}

	private String waitlistPage(Map<String, String> form, Map<String, String> errors, Model model) {
		List<WaitlistEntry> entries = waitlist.waiting();
		Map<ClientId, ClientSummary> names = clients.summaries(entries.stream().map(WaitlistEntry::client).toList());
		model.addAttribute("entries", entries);
		model.addAttribute("names", names);
		model.addAttribute("serviceNames", services.all().stream().collect(Collectors.toMap(ClinicService::id, ClinicService::name)));
		model.addAttribute("practitionerNames", practitioners.all().stream().collect(Collectors.toMap(Practitioner::id, Practitioner::displayName)));
		model.addAttribute("services", services.active());
		model.addAttribute("practitioners", practitioners.active());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("today", LocalDate.now(locations.main().zone()));
		model.addAttribute("section", "schedule");
		return "scheduling/waitlist";
	}

}
