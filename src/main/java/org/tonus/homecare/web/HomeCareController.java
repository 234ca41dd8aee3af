package org.tonus.homecare.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tonus.client.Client;
import org.tonus.client.ClientId;
import org.tonus.client.ClientRegistry;
import org.tonus.homecare.HomeCareProgram;
import org.tonus.homecare.HomeCarePrograms;
import org.tonus.homecare.InvalidProgram;
import org.tonus.homecare.ProgramId;
import org.tonus.system.AllowedRoles;
import org.tonus.system.Role;

import jakarta.servlet.http.HttpServletResponse;

/** The therapist's side of home care: propose from the session, edit, send, print, record adherence. */
@Controller
@AllowedRoles({ Role.OWNER, Role.THERAPIST })
class HomeCareController {

	private final HomeCarePrograms programs;

	private final ClientRegistry clients;

	HomeCareController(HomeCarePrograms programs, ClientRegistry clients) {
		this.programs = programs;
		this.clients = clients;
	}

	@PostMapping("/clients/{clientId}/home-care")
	String propose(@PathVariable UUID clientId, RedirectAttributes redirect) {
		try {
			HomeCareProgram program = programs.propose(new ClientId(clientId));
			return "redirect:/clients/" + clientId + "/home-care/" + program.id();
		}
		catch (InvalidProgram invalid) {
			redirect.addFlashAttribute("notice", invalid.errors().values().iterator().next());
			return "redirect:/clients/" + clientId + "#home-care";
		}
	}

	@GetMapping("/clients/{clientId}/home-care/{programId}")
	String show(@PathVariable UUID clientId, @PathVariable UUID programId, Model model) {
		Client client = clients.get(new ClientId(clientId));
		return page(client, programs.read(client.id(), new ProgramId(programId)), model, Map.of(), null);
	}

	@PostMapping("/clients/{clientId}/home-care/{programId}")
	String save(@PathVariable UUID clientId, @PathVariable UUID programId, @RequestParam Map<String, String> form,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		ClientId client = new ClientId(clientId);
		ProgramId id = new ProgramId(programId);
		int items = form.keySet()
			.stream()
			.filter(key -> key.matches("(text|keep)\\d{1,3}"))
			.mapToInt(key -> Integer.parseInt(key.substring(4)) + 1)
			.max()
			.orElse(0);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < items; i++) {
			texts.add(form.containsKey("keep" + i) ? form.getOrDefault("text" + i, "") : null);
		}
		int version;
		try {
			version = Integer.parseInt(form.getOrDefault("version", "-1"));
		}
		catch (NumberFormatException e) {
			version = -1;
		}
		try {
			programs.save(client, id, version, texts, form.get("frequency"), form.get("note"));
			redirect.addFlashAttribute("notice", "homecare.saved");
			return "redirect:/clients/" + clientId + "/home-care/" + programId;
		}
		catch (InvalidProgram invalid) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(clients.get(client), programs.read(client, id), model, invalid.errors(), form);
		}
	}

	@PostMapping("/clients/{clientId}/home-care/{programId}/send")
	String send(@PathVariable UUID clientId, @PathVariable UUID programId,
			@RequestParam(defaultValue = "false") boolean email, RedirectAttributes redirect) {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		HomeCarePrograms.Sent sent = programs.send(new ClientId(clientId), new ProgramId(programId), base, email);
		redirect.addFlashAttribute("link", sent.link());
		redirect.addFlashAttribute("notice", sent.mailed() ? "homecare.sent.mailed"
				: sent.problem() != null ? sent.problem() : "homecare.sent.link");
		return "redirect:/clients/" + clientId + "/home-care/" + programId;
	}

	@PostMapping("/clients/{clientId}/home-care/{programId}/adherence")
	String adherence(@PathVariable UUID clientId, @PathVariable UUID programId, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		try {
			programs.recordAdherence(new ClientId(clientId), new ProgramId(programId), form.get("level"), form.get("adherenceNote"));
			redirect.addFlashAttribute("notice", "homecare.adherence.saved");
		}
		catch (InvalidProgram invalid) {
			redirect.addFlashAttribute("notice", invalid.errors().values().iterator().next());
		}
		return "redirect:/clients/" + clientId + "/home-care/" + programId + "#adherence";
	}

	@GetMapping("/clients/{clientId}/home-care/{programId}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID clientId, @PathVariable UUID programId, Locale locale) {
		return pdfResponse(programs.pdf(new ClientId(clientId), new ProgramId(programId), locale));
	}

	static ResponseEntity<byte[]> pdfResponse(byte[] pdf) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("home-care-" + Instant.now().toEpochMilli() + ".pdf").build().toString())
			.body(pdf);
	}

	private String page(Client client, HomeCareProgram program, Model model, Map<String, String> errors,
			Map<String, String> values) {
		model.addAttribute("client", client);
		model.addAttribute("program", program);
		model.addAttribute("errors", new LinkedHashMap<>(errors));
		model.addAttribute("values", values);
		model.addAttribute("levels", List.of(HomeCareProgram.Adherence.Level.values()));
		return "homecare/program";
	}

}
