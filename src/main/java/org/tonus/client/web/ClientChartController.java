package org.tonus.client.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tonus.client.ChartContributor;
import org.tonus.client.ChartPanel;
import org.tonus.client.Client;
import org.tonus.client.ClientChangedConcurrently;
import org.tonus.client.ClientId;
import org.tonus.client.ClientRegistry;
import org.tonus.client.ClientTimeline;
import org.tonus.client.FieldIssue;
import org.tonus.client.InvalidClientDetails;
import org.tonus.client.PreferredContact;
import org.tonus.identity.CurrentUser;
import org.tonus.system.AllowedRoles;
import org.tonus.system.NotFound;
import org.tonus.system.Role;

/**
 * The client chart: the essentials and banners at the top, what other modules contribute, and the
 * timeline. Who sees what: clinical panels and entries only for owner and therapist.
 */
@Controller
class ClientChartController {

	static final Set<Role> CLINICAL = Set.of(Role.OWNER, Role.THERAPIST);

	private final ClientRegistry registry;

	private final ClientTimeline timeline;

	private final List<ChartContributor> contributors;

	private final Clock clock;

	ClientChartController(ClientRegistry registry, ClientTimeline timeline, List<ChartContributor> contributors,
			Clock clock) {
		this.registry = registry;
		this.timeline = timeline;
		this.contributors = contributors;
		this.clock = clock;
	}

	@ModelAttribute("contacts")
	PreferredContact[] contacts() {
		return PreferredContact.values();
	}

	@GetMapping("/clients/{id}")
	@AllowedRoles({ Role.OWNER, Role.THERAPIST, Role.FRONT_DESK, Role.BILLING })
	String chart(@PathVariable UUID id, Model model) {
		Client client = load(id);
		Set<Role> roles = CurrentUser.require().roles();
		List<ChartPanel> panels = new ArrayList<>();
		contributors.forEach(contributor -> panels.addAll(contributor.panels(client, roles)));
		panels.sort(Comparator.comparingInt(ChartPanel::order));
		model.addAttribute("client", client);
		model.addAttribute("age", client.ageOn(LocalDate.now(clock)).orElse(null));
		model.addAttribute("banners", panels.stream().filter(p -> p.placement() == ChartPanel.Placement.BANNER).toList());
		model.addAttribute("panels", panels.stream().filter(p -> p.placement() == ChartPanel.Placement.PANEL).toList());
		model.addAttribute("timeline", timeline.page(client.id(), null, null, clinical(roles)));
		model.addAttribute("canEdit", roles.stream().anyMatch(Set.of(Role.OWNER, Role.THERAPIST, Role.FRONT_DESK)::contains));
		return "client/chart";
	}

	@GetMapping("/clients/{id}/timeline")
	@AllowedRoles({ Role.OWNER, Role.THERAPIST, Role.FRONT_DESK, Role.BILLING })
	String moreTimeline(@PathVariable UUID id, @RequestParam Instant before, @RequestParam UUID beforeId, Model model) {
		Client client = load(id);
		model.addAttribute("client", client);
		model.addAttribute("timeline", timeline.page(client.id(), before, beforeId, clinical(CurrentUser.require().roles())));
		return "client/chart :: timeline-entries";
	}

	@GetMapping("/clients/{id}/edit")
	@AllowedRoles({ Role.OWNER, Role.THERAPIST, Role.FRONT_DESK })
	String edit(@PathVariable UUID id, Model model) {
		Client client = load(id);
		model.addAttribute("client", client);
		model.addAttribute("clientForm", ClientForm.of(client));
		return "client/form";
	}

	@PostMapping("/clients/{id}")
	@AllowedRoles({ Role.OWNER, Role.THERAPIST, Role.FRONT_DESK })
	String update(@PathVariable UUID id, @ModelAttribute ClientForm clientForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Client client = load(id);
		model.addAttribute("client", client);
		ClientForm.Parsed parsed = clientForm.parse();
		List<FieldIssue> issues = new ArrayList<>(parsed.issues());
		if (issues.isEmpty()) {
			try {
				registry.update(client.id(), clientForm.version() == null ? -1 : clientForm.version(), parsed.details());
				redirect.addFlashAttribute("notice", "client.updated");
				return "redirect:/clients/" + id;
			}
			catch (InvalidClientDetails invalid) {
				issues.addAll(invalid.issues());
			}
			catch (ClientChangedConcurrently stale) {
				model.addAttribute("conflict", true);
				model.addAttribute("current", registry.findWithoutAudit(client.id()).orElse(client));
				return "client/form";
			}
		}
		FormIssues.reject(result, issues);
		return "client/form";
	}

	@PostMapping("/clients/{id}/archive")
	@AllowedRoles({ Role.OWNER, Role.THERAPIST, Role.FRONT_DESK })
	String archive(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		Client client = load(id);
		try {
			registry.archive(client.id(), reason);
			redirect.addFlashAttribute("notice", "client.archived.notice");
		}
		catch (InvalidClientDetails invalid) {
			redirect.addFlashAttribute("archiveError", "client.invalid.reason");
		}
		return "redirect:/clients/" + id;
	}

	@PostMapping("/clients/{id}/consent")
	@AllowedRoles({ Role.OWNER, Role.THERAPIST, Role.FRONT_DESK })
	String consent(@PathVariable UUID id, @RequestParam String kind, @RequestParam(defaultValue = "") String typedName,
			RedirectAttributes redirect) {
		Client client = load(id);
		ClientRegistry.ConsentKind consent = "email".equals(kind) ? ClientRegistry.ConsentKind.EMAIL
				: ClientRegistry.ConsentKind.TREATMENT;
		try {
			registry.recordConsent(client.id(), consent, typedName);
			redirect.addFlashAttribute("notice", "client.consent-recorded");
		}
		catch (InvalidClientDetails invalid) {
			redirect.addFlashAttribute("consentError", consent.name());
		}
		return "redirect:/clients/" + id;
	}

	private Client load(UUID id) {
		return registry.get(new ClientId(id));
	}

	static boolean clinical(Set<Role> roles) {
		return roles.stream().anyMatch(CLINICAL::contains);
	}

}
