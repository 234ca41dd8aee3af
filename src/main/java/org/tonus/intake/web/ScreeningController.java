package org.tonus.intake.web;

import java.util.ArrayList;
import java.util.List;
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
import org.tonus.client.Client;
import org.tonus.client.ClientId;
import org.tonus.client.ClientRegistry;
import org.tonus.intake.ContraindicationScreens;
import org.tonus.intake.Contraindications;
import org.tonus.intake.IntakeAnswers;
import org.tonus.intake.Screening;
import org.tonus.knowledge.KnowledgeBase;
import org.tonus.system.AllowedRoles;
import org.tonus.system.NotFound;
import org.tonus.system.Role;

/** The therapist's contraindication screen: the full list, areas where they matter, and one-click re-screening. */
@Controller
@AllowedRoles({ Role.OWNER, Role.THERAPIST })
class ScreeningController {

	private final ClientRegistry clients;

	private final ContraindicationScreens screens;

	private final KnowledgeBase knowledge;

	private final MessageSource messages;

	ScreeningController(ClientRegistry clients, ContraindicationScreens screens, KnowledgeBase knowledge,
			MessageSource messages) {
		this.clients = clients;
		this.screens = screens;
		this.knowledge = knowledge;
		this.messages = messages;
	}

	@GetMapping("/clients/{id}/screening")
	String form(@PathVariable UUID id, Model model, Locale locale) {
		Client client = load(id);
		model.addAttribute("client", client);
		model.addAttribute("items", screens.catalogue().items());
		Screening current = screens.current(client.id()).orElse(null);
		Map<String, Screening.Finding> found = new java.util.HashMap<>();
		Map<String, List<String>> selectedPlaces = new java.util.HashMap<>();
		if (current != null) {
			for (Screening.Finding finding : current.findings()) {
				found.put(finding.item(), finding);
				selectedPlaces.put(finding.item(), finding.places()
					.stream()
					.map(place -> place.side() == null ? place.region() : place.region() + "|" + place.side())
					.toList());
			}
		}
		model.addAttribute("found", found);
		model.addAttribute("selectedPlaces", selectedPlaces);
		model.addAttribute("places", IntakeFormView.of(Map.of(), Map.of(), knowledge, screens.catalogue(), false, messages,
				locale).places());
		return "intake/screening";
	}

	@PostMapping("/clients/{id}/screening")
	String record(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
		Client client = load(id);
		List<Screening.Finding> findings = new ArrayList<>();
		for (Contraindications.Item item : screens.catalogue().items()) {
			if (!"yes".equals(form.getFirst("item." + item.id()))) {
				continue;
			}
			List<IntakeAnswers.Place> places = new ArrayList<>();
			for (String place : form.getOrDefault("area." + item.id(), List.of())) {
				IntakeAnswers.Place parsed = place(place);
				if (parsed != null && !places.contains(parsed)) {
					places.add(parsed);
				}
			}
			String detail = form.getFirst("detail." + item.id());
			findings.add(new Screening.Finding(item.id(), List.copyOf(places),
					detail == null || detail.isBlank() ? null : detail.strip().substring(0, Math.min(detail.strip().length(), 500))));
		}
		String note = form.getFirst("note");
		screens.record(client.id(), findings, note == null ? null : note.substring(0, Math.min(note.length(), 2000)), "STAFF");
		redirect.addFlashAttribute("notice", "screening.saved");
		return "redirect:/clients/" + id;
	}

	@PostMapping("/clients/{id}/screening/confirm")
	String confirm(@PathVariable UUID id, RedirectAttributes redirect) {
		Client client = load(id);
		screens.confirmUnchanged(client.id());
		redirect.addFlashAttribute("notice", "screening.confirmed");
		return "redirect:/clients/" + id;
	}

	private IntakeAnswers.Place place(String value) {
		String[] parts = value.split("\\|", 2);
		return knowledge.region(parts[0])
			.filter(region -> region.lateral() == (parts.length > 1) && (parts.length == 1 || parts[1].equals("left")
					|| parts[1].equals("right")))
			.map(region -> new IntakeAnswers.Place(region.id(), parts.length > 1 ? parts[1] : null))
			.orElse(null);
	}

	private Client load(UUID id) {
		return clients.get(new ClientId(id));
	}

}
