package org.tonus.client.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tonus.client.Client;
import org.tonus.client.ClientRegistry;
import org.tonus.client.FieldIssue;
import org.tonus.client.InvalidClientDetails;
import org.tonus.client.PreferredContact;
import org.tonus.system.AllowedRoles;
import org.tonus.system.Role;

/** Finding clients (a second, a few letters) and registering new ones. */
@Controller
class ClientController {

	private final ClientRegistry registry;

	ClientController(ClientRegistry registry) {
		this.registry = registry;
	}

	@ModelAttribute("contacts")
	PreferredContact[] contacts() {
		return PreferredContact.values();
	}

	@GetMapping("/clients")
	@AllowedRoles({ Role.OWNER, Role.THERAPIST, Role.FRONT_DESK, Role.BILLING })
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "false") boolean archived,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		String query = q.length() > 100 ? q.substring(0, 100) : q;
		model.addAttribute("results", registry.search(query, page, 25, archived));
		model.addAttribute("q", query);
		model.addAttribute("archived", archived);
		return htmx != null ? "client/list :: results" : "client/list";
	}

	@GetMapping("/clients/new")
	@AllowedRoles({ Role.OWNER, Role.THERAPIST, Role.FRONT_DESK })
	String newClient(Model model) {
		model.addAttribute("clientForm", ClientForm.empty());
		return "client/form";
	}

	@PostMapping("/clients")
	@AllowedRoles({ Role.OWNER, Role.THERAPIST, Role.FRONT_DESK })
	String register(@ModelAttribute ClientForm clientForm, BindingResult result, RedirectAttributes redirect) {
		ClientForm.Parsed parsed = clientForm.parse();
		List<FieldIssue> issues = new java.util.ArrayList<>(parsed.issues());
		if (issues.isEmpty()) {
			try {
				Client client = registry.register(parsed.details());
				redirect.addFlashAttribute("notice", "client.registered");
				return "redirect:/clients/" + client.id();
			}
			catch (InvalidClientDetails invalid) {
				issues.addAll(invalid.issues());
			}
		}
		else {
			issues.addAll(parsed.details().check(java.time.LocalDate.now()));
		}
		FormIssues.reject(result, issues);
		return "client/form";
	}

}
