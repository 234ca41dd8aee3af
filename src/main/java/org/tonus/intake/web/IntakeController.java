package org.tonus.intake.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tonus.client.Client;
import org.tonus.client.ClientId;
import org.tonus.client.ClientRegistry;
import org.tonus.intake.Contraindications;
import org.tonus.intake.IntakeFormReader;
import org.tonus.intake.IntakeForms;
import org.tonus.intake.IntakeLinks;
import org.tonus.knowledge.KnowledgeBase;
import org.tonus.system.AllowedRoles;
import org.tonus.system.ClinicProfiles;
import org.tonus.system.NotFound;
import org.tonus.system.Role;

/** The questionnaire in the clinic: send the link, fill it with the client, read and review it. */
@Controller
class IntakeController {

	private final ClientRegistry clients;

	private final IntakeForms forms;

	private final IntakeLinks links;

	private final IntakeSender sender;

	private final KnowledgeBase knowledge;

	private final Contraindications contraindications;

	private final ClinicProfiles clinics;

	private final MessageSource messages;

	IntakeController(ClientRegistry clients, IntakeForms forms, IntakeLinks links, IntakeSender sender,
			KnowledgeBase knowledge, Contraindications contraindications, ClinicProfiles clinics, MessageSource messages) {
		this.clients = clients;
		this.forms = forms;
		this.links = links;
		this.sender = sender;
		this.knowledge = knowledge;
		this.contraindications = contraindications;
		this.clinics = clinics;
		this.messages = messages;
	}

	@PostMapping("/clients/{id}/intake-links")
	@AllowedRoles({ Role.OWNER, Role.THERAPIST, Role.FRONT_DESK })
	String sendLink(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean email,
			RedirectAttributes redirect) {
		Client client = load(id);
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		IntakeSender.Outcome outcome = sender.issueAndSend(client, email, base);
		redirect.addFlashAttribute("intakeLink", outcome.url());
		redirect.addFlashAttribute("intakeLinkEmailed", outcome.emailed());
		redirect.addFlashAttribute("intakeLinkEmailProblem", outcome.problem());
		return "redirect:/clients/" + id + "#intake";
	}

	@GetMapping("/clients/{id}/intakes/new")
	@AllowedRoles({ Role.OWNER, Role.THERAPIST })
	String newIntake(@PathVariable UUID id, Model model, Locale locale) {
		model.addAttribute("client", load(id));
		model.addAttribute("form", IntakeFormView.of(Map.of(), Map.of(), knowledge, contraindications, false, messages, locale));
		return "intake/staff";
	}

	@PostMapping("/clients/{id}/intakes")
	@AllowedRoles({ Role.OWNER, Role.THERAPIST })
	String submit(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model, Locale locale,
			RedirectAttributes redirect) {
		Client client = load(id);
		IntakeFormReader.Result result = new IntakeFormReader(knowledge, contraindications).read(form, today(), false);
		if (!result.valid()) {
			model.addAttribute("client", client);
			model.addAttribute("form", IntakeFormView.of(form, result.errors(), knowledge, contraindications, false,
					messages, locale));
			return "intake/staff";
		}
		IntakeForms.StoredIntake stored = forms.submit(client.id(), result.answers(), "STAFF");
		redirect.addFlashAttribute("notice", "intake.saved");
		return "redirect:/clients/" + id + "/intakes/" + stored.id();
	}

	@GetMapping("/clients/{id}/intakes/{intakeId}")
	@AllowedRoles({ Role.OWNER, Role.THERAPIST })
	String show(@PathVariable UUID id, @PathVariable UUID intakeId, Model model) {
		Client client = load(id);
		IntakeForms.StoredIntake intake = forms.get(client.id(), intakeId).orElseThrow(NotFound::new);
		model.addAttribute("client", client);
		model.addAttribute("intake", intake);
		model.addAttribute("knowledge", knowledge);
		model.addAttribute("contraindications", contraindications);
		model.addAttribute("noHealthIssues", intake.answers().screening().values().stream().noneMatch(answer -> answer.yes()));
		return "intake/view";
	}

	@PostMapping("/clients/{id}/intakes/{intakeId}/review")
	@AllowedRoles({ Role.OWNER, Role.THERAPIST })
	String review(@PathVariable UUID id, @PathVariable UUID intakeId, RedirectAttributes redirect) {
		Client client = load(id);
		forms.markReviewed(client.id(), intakeId);
		redirect.addFlashAttribute("notice", "intake.reviewed");
		return "redirect:/clients/" + id + "/intakes/" + intakeId;
	}

	private Client load(UUID id) {
		return clients.get(new ClientId(id));
	}

	private LocalDate today() {
		return clinics.today();
	}

}
