package org.tonus.assessment.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tonus.assessment.AreaRequest;
import org.tonus.assessment.AssessmentId;
import org.tonus.assessment.Assessments;
import org.tonus.assessment.FindingRequest;
import org.tonus.assessment.InvalidAssessment;
import org.tonus.assessment.RangeRequest;
import org.tonus.atlas.DrawingPanel;
import org.tonus.client.Client;
import org.tonus.client.ClientId;
import org.tonus.client.ClientRegistry;
import org.tonus.referral.DrawingJson;
import org.tonus.referral.InvalidDrawing;
import org.tonus.referral.PainDrawing;
import org.tonus.system.AllowedRoles;
import org.tonus.system.ClinicProfiles;
import org.tonus.system.Role;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;

/**
 * A visit's assessment page: the pain drawing (saved on every change, with the engine's
 * candidates next to it), palpation findings, NMT elements, posture and range of motion. Each
 * form posts on its own; a rejected entry comes back with the message next to the field.
 */
@Controller
@AllowedRoles({ Role.OWNER, Role.THERAPIST })
class AssessmentController {

	private final Assessments assessments;

	private final ClientRegistry clients;

	private final ClinicProfiles clinics;

	private final DrawingPanel panel;

	private final DrawingJson json;

	private final AssessmentPage page;

	AssessmentController(Assessments assessments, ClientRegistry clients, ClinicProfiles clinics, DrawingPanel panel,
			DrawingJson json, AssessmentPage page) {
		this.assessments = assessments;
		this.clients = clients;
		this.clinics = clinics;
		this.panel = panel;
		this.json = json;
		this.page = page;
	}

	@PostMapping("/clients/{clientId}/assessments")
	String start(@PathVariable UUID clientId) {
		AssessmentId id = assessments.forVisit(new ClientId(clientId), clinics.today());
		return "redirect:/clients/" + clientId + "/assessments/" + id;
	}

	@GetMapping("/clients/{clientId}/assessments/{assessmentId}")
	String show(@PathVariable UUID clientId, @PathVariable UUID assessmentId, Model model, Locale locale) {
		return page.render(clients.get(new ClientId(clientId)), new AssessmentId(assessmentId), model, locale, Map.of(),
				Map.of());
	}

	@PostMapping("/clients/{clientId}/assessments/{assessmentId}/drawing")
	String drawing(@PathVariable UUID clientId, @PathVariable UUID assessmentId,
			@RequestParam(defaultValue = "{\"marks\": []}") String drawing,
			@RequestParam(required = false) List<String> activities, Model model, Locale locale,
			HttpServletResponse response) {
		model.addAttribute("palpate", true);
		try {
			PainDrawing marks = json.parse(drawing).drawingOrThrow();
			PainDrawing withActivities = new PainDrawing(marks.marks(),
					activities == null ? Set.of() : Set.copyOf(activities));
			panel.addCandidates(assessments.saveDrawing(new ClientId(clientId), new AssessmentId(assessmentId), withActivities),
					withActivities, model, locale);
		}
		catch (InvalidDrawing | JacksonException | InvalidAssessment invalid) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("drawingError", true);
		}
		return "atlas/candidates :: candidates";
	}

	@PostMapping("/clients/{clientId}/assessments/{assessmentId}/findings")
	String finding(@PathVariable UUID clientId, @PathVariable UUID assessmentId, @RequestParam Map<String, String> form,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		FindingRequest request = new FindingRequest(form.get("point"), form.get("side"), form.get("state"),
				form.containsKey("tautBand"), form.containsKey("twitchResponse"), form.containsKey("referralReproduced"),
				form.get("referredTo"), form.get("tenderness"), form.get("pressureThreshold"), form.get("note"));
		return record(clientId, assessmentId, "findings", form, model, locale, redirect, response,
				() -> assessments.recordFinding(new ClientId(clientId), new AssessmentId(assessmentId), request));
	}

	@PostMapping("/clients/{clientId}/assessments/{assessmentId}/areas")
	String area(@PathVariable UUID clientId, @PathVariable UUID assessmentId, @RequestParam Map<String, String> form,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		AreaRequest request = new AreaRequest(form.get("place"), form.get("element"), form.get("entrapment"),
				form.get("note"));
		return record(clientId, assessmentId, "areas", form, model, locale, redirect, response,
				() -> assessments.recordArea(new ClientId(clientId), new AssessmentId(assessmentId), request));
	}

	@PostMapping("/clients/{clientId}/assessments/{assessmentId}/ranges")
	String range(@PathVariable UUID clientId, @PathVariable UUID assessmentId, @RequestParam Map<String, String> form,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		RangeRequest request = new RangeRequest(form.get("movement"), form.get("side"), form.get("measured"),
				form.containsKey("painful"));
		return record(clientId, assessmentId, "ranges", form, model, locale, redirect, response,
				() -> assessments.recordRange(new ClientId(clientId), new AssessmentId(assessmentId), request));
	}

	@PostMapping("/clients/{clientId}/assessments/{assessmentId}/posture")
	String posture(@PathVariable UUID clientId, @PathVariable UUID assessmentId, @RequestParam Map<String, String> form,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		return record(clientId, assessmentId, "posture", form, model, locale, redirect, response, () -> assessments
			.savePosture(new ClientId(clientId), new AssessmentId(assessmentId), form.getOrDefault("posture", "")));
	}

	@PostMapping("/clients/{clientId}/assessments/{assessmentId}/{kind}/{recordId}/withdraw")
	String withdraw(@PathVariable UUID clientId, @PathVariable UUID assessmentId, @PathVariable String kind,
			@PathVariable UUID recordId, RedirectAttributes redirect) {
		assessments.withdraw(new ClientId(clientId), new AssessmentId(assessmentId), kind, recordId);
		redirect.addFlashAttribute("notice", "assessment.withdrawn");
		return "redirect:/clients/" + clientId + "/assessments/" + assessmentId + "#" + kind + "s";
	}

	private String record(UUID clientId, UUID assessmentId, String section, Map<String, String> form, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletResponse response, Runnable action) {
		Client client = clients.get(new ClientId(clientId));
		try {
			action.run();
			redirect.addFlashAttribute("notice", "assessment.saved." + section);
			return "redirect:/clients/" + clientId + "/assessments/" + assessmentId + "#" + section;
		}
		catch (InvalidAssessment invalid) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			Map<String, String> errors = new LinkedHashMap<>();
			invalid.errors().forEach((field, message) -> errors.put(section + "." + field, message));
			Map<String, String> values = new LinkedHashMap<>();
			form.forEach((field, value) -> values.put(section + "." + field, value));
			return page.render(client, new AssessmentId(assessmentId), model, locale, errors, values);
		}
	}

}
