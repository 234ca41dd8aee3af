package org.tonus.homecare.web;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tonus.client.ClientRegistry;
import org.tonus.homecare.HomeCareProgram;
import org.tonus.homecare.HomeCarePrograms;
import org.tonus.system.ClinicProfiles;
import org.tonus.system.PublicAccess;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The client's view of their home-care program, through the secret link in their e-mail: the
 * program and its PDF, nothing else of their record. An unknown or expired link gets a plain 404.
 */
@Controller
@PublicAccess("clients open their own program with the secret link they were sent")
class PublicHomeCareController {

	private final HomeCarePrograms programs;

	private final ClientRegistry clients;

	private final ClinicProfiles clinics;

	PublicHomeCareController(HomeCarePrograms programs, ClientRegistry clients, ClinicProfiles clinics) {
		this.programs = programs;
		this.clients = clients;
		this.clinics = clinics;
	}

	@GetMapping("/home-care/{token}")
	String show(@PathVariable String token, Model model, HttpServletResponse response) {
		HomeCareProgram program = programs.open(token).orElse(null);
		if (program == null) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "homecare/gone";
		}
		model.addAttribute("program", program);
		model.addAttribute("givenName", clients.findWithoutAudit(program.client()).map(client -> client.details().givenName())
			.orElse(""));
		model.addAttribute("clinicName", clinics.current().map(clinic -> clinic.name()).orElse("Tonus"));
		model.addAttribute("token", token);
		return "homecare/public";
	}

	@GetMapping("/home-care/{token}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String token, Locale locale) {
		return programs.open(token)
			.map(program -> HomeCareController.pdfResponse(programs.pdf(program, locale)))
			.orElse(ResponseEntity.notFound().build());
	}

}
