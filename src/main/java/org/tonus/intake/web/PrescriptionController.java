package org.tonus.intake.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tonus.client.Client;
import org.tonus.client.ClientId;
import org.tonus.client.ClientRegistry;
import org.tonus.intake.Icd10Catalog;
import org.tonus.intake.InvalidPrescription;
import org.tonus.intake.PrescriptionBook;
import org.tonus.system.AllowedRoles;
import org.tonus.system.ClinicProfiles;
import org.tonus.system.NotFound;
import org.tonus.system.Role;

/** Entering a prescription (diagnoses searched in the bundled ICD-10-CM list), counting visits, voiding. */
@Controller
class PrescriptionController {

	private final ClientRegistry clients;

	private final PrescriptionBook prescriptions;

	private final Icd10Catalog icd10;

	private final ClinicProfiles clinics;

	PrescriptionController(ClientRegistry clients, PrescriptionBook prescriptions, Icd10Catalog icd10,
			ClinicProfiles clinics) {
		this.clients = clients;
		this.prescriptions = prescriptions;
		this.icd10 = icd10;
		this.clinics = clinics;
	}

	@GetMapping("/clients/{id}/prescriptions/new")
	@AllowedRoles({ Role.OWNER, Role.THERAPIST })
	String form(@PathVariable UUID id, Model model) {
		model.addAttribute("client", load(id));
		model.addAttribute("values", Map.of("prescribedOn", today().toString()));
		model.addAttribute("errors", Map.of());
		model.addAttribute("codes", icd10.all());
		return "intake/prescription";
	}

	@PostMapping("/clients/{id}/prescriptions")
	@AllowedRoles({ Role.OWNER, Role.THERAPIST })
	String add(@PathVariable UUID id, @RequestParam Map<String, String> form,
			@RequestParam(name = "diagnoses", required = false) List<String> diagnoses, Model model,
			RedirectAttributes redirect) {
		Client client = load(id);
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate prescribedOn = date(form.get("prescribedOn"), "prescribedOn", errors);
		LocalDate expiresOn = date(form.get("expiresOn"), "expiresOn", errors);
		Integer visits = number(form.get("authorisedVisits"), "authorisedVisits", errors);
		List<String> codes = diagnoses == null ? List.of() : diagnoses.stream().filter(code -> !code.isBlank()).toList();
		PrescriptionBook.Request request = new PrescriptionBook.Request(form.get("prescriberName"), form.get("npi"),
				form.get("practice"), form.get("contact"), prescribedOn, codes, visits, form.get("frequency"), expiresOn,
				form.get("notes"));
		if (errors.isEmpty()) {
			try {
				prescriptions.add(client.id(), request);
				redirect.addFlashAttribute("notice", "prescriptions.saved");
				return "redirect:/clients/" + id + "#prescriptions";
			}
			catch (InvalidPrescription invalid) {
				errors.putAll(invalid.errors());
			}
		}
		model.addAttribute("client", client);
		Map<String, Object> values = new LinkedHashMap<>(form);
		values.put("diagnoses", codes);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("codes", icd10.all());
		return "intake/prescription";
	}

	@PostMapping("/clients/{id}/prescriptions/{prescriptionId}/visits")
	@AllowedRoles({ Role.OWNER, Role.THERAPIST })
	String recordVisit(@PathVariable UUID id, @PathVariable UUID prescriptionId, RedirectAttributes redirect) {
		Client client = load(id);
		try {
			boolean counted = prescriptions.recordVisit(client.id(), prescriptionId, today());
			redirect.addFlashAttribute("notice", counted ? "prescriptions.visit-recorded" : "prescriptions.visit-refused");
		}
		catch (IllegalArgumentException unknown) {
			throw new NotFound();
		}
		return "redirect:/clients/" + id + "#prescriptions";
	}

	@PostMapping("/clients/{id}/prescriptions/{prescriptionId}/void")
	@AllowedRoles({ Role.OWNER, Role.THERAPIST })
	String voidPrescription(@PathVariable UUID id, @PathVariable UUID prescriptionId,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		Client client = load(id);
		try {
			prescriptions.voidPrescription(client.id(), prescriptionId, reason);
			redirect.addFlashAttribute("notice", "prescriptions.voided");
		}
		catch (InvalidPrescription invalid) {
			redirect.addFlashAttribute("notice", "prescriptions.void-reason");
		}
		return "redirect:/clients/" + id + "#prescriptions";
	}

	@GetMapping("/icd10")
	@AllowedRoles({ Role.OWNER, Role.THERAPIST, Role.BILLING })
	String search(@RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("codes", icd10.search(q.length() > 60 ? q.substring(0, 60) : q, 30));
		return "intake/prescription :: code-options";
	}

	private static LocalDate date(String text, String field, Map<String, String> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException impossible) {
			errors.put(field, "intake.invalid.date");
			return null;
		}
	}

	private static Integer number(String text, String field, Map<String, String> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException notANumber) {
			errors.put(field, "intake.invalid.visits");
			return null;
		}
	}

	private Client load(UUID id) {
		return clients.get(new ClientId(id));
	}

	private LocalDate today() {
		return clinics.today();
	}

}
