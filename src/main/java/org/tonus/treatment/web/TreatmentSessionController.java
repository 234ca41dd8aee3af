package org.tonus.treatment.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tonus.charting.SoapNote;
import org.tonus.client.Client;
import org.tonus.client.ClientId;
import org.tonus.client.ClientRegistry;
import org.tonus.system.AllowedRoles;
import org.tonus.system.ClinicProfiles;
import org.tonus.system.Role;
import org.tonus.treatment.ApplicationRequest;
import org.tonus.treatment.InvalidTreatment;
import org.tonus.treatment.SafetyCheck;
import org.tonus.treatment.SessionId;
import org.tonus.treatment.TreatmentSessions;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The session runner: start a session (past the contraindication screen), record each technique
 * point by point, and finish, which drafts the SOAP note and opens it for editing.
 */
@Controller
@AllowedRoles({ Role.OWNER, Role.THERAPIST })
class TreatmentSessionController {

	private final TreatmentSessions sessions;

	private final SafetyCheck safety;

	private final ClientRegistry clients;

	private final ClinicProfiles clinics;

	private final RunnerPage runner;

	TreatmentSessionController(TreatmentSessions sessions, SafetyCheck safety, ClientRegistry clients, ClinicProfiles clinics,
			RunnerPage runner) {
		this.sessions = sessions;
		this.safety = safety;
		this.clients = clients;
		this.clinics = clinics;
		this.runner = runner;
	}

	@GetMapping("/clients/{clientId}/sessions/new")
	String startPage(@PathVariable UUID clientId, Model model) {
		Client client = clients.get(new ClientId(clientId));
		return startPage(client, model, Map.of(), Map.of(), safety.beforeSession(client.id()));
	}

	@PostMapping("/clients/{clientId}/sessions")
	String start(@PathVariable UUID clientId, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response) {
		Client client = clients.get(new ClientId(clientId));
		try {
			SessionId id = sessions.start(client.id(), clinics.today(), form.get("report"), form.get("painBefore"),
					form.get("overrideReason"));
			return "redirect:/clients/" + clientId + "/sessions/" + id;
		}
		catch (InvalidTreatment invalid) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return startPage(client, model, form, invalid.errors(), safety.beforeSession(client.id()));
		}
		catch (TreatmentSessions.ContraindicationStop stop) {
			response.setStatus(HttpStatus.CONFLICT.value());
			Map<String, String> errors = new LinkedHashMap<>();
			errors.put("overrideReason", stop.verdict().level() == SafetyCheck.Level.BLOCKED ? "session.error.blocked"
					: "session.error.override-reason");
			return startPage(client, model, form, errors, stop.verdict());
		}
	}

	private String startPage(Client client, Model model, Map<String, String> values, Map<String, String> errors,
			SafetyCheck.Verdict verdict) {
		model.addAttribute("client", client);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("verdict", verdict);
		return "treatment/start";
	}

	@GetMapping("/clients/{clientId}/sessions/{sessionId}")
	String show(@PathVariable UUID clientId, @PathVariable UUID sessionId, @RequestParam(required = false) String point,
			@RequestParam(required = false) String side, Model model, Locale locale) {
		String chosen = point == null || side == null ? point : point + "|" + side;
		return runner.render(clients.get(new ClientId(clientId)), new SessionId(sessionId), chosen, model, locale, Map.of(),
				Map.of());
	}

	@PostMapping("/clients/{clientId}/sessions/{sessionId}/applications")
	String record(@PathVariable UUID clientId, @PathVariable UUID sessionId, @RequestParam Map<String, String> form,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		Client client = clients.get(new ClientId(clientId));
		ApplicationRequest request = new ApplicationRequest(form.get("point"), form.get("side"), form.get("technique"),
				form.get("holdSeconds"), form.get("repetitions"), form.get("pressure"), form.get("contact"),
				form.get("discomfort"), form.get("release"), form.get("contractionSeconds"), form.get("effortPercent"),
				form.get("relaxationSeconds"), form.get("cycles"), form.get("romBefore"), form.get("romAfter"),
				form.get("note"), form.get("overrideReason"));
		String chosen = form.get("point") + "|" + form.get("side");
		try {
			sessions.record(client.id(), new SessionId(sessionId), request);
			redirect.addFlashAttribute("notice", "session.recorded");
			return "redirect:/clients/" + clientId + "/sessions/" + sessionId + ("next".equals(form.get("then")) ? ""
					: "?point=" + java.net.URLEncoder.encode(chosen, java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (InvalidTreatment invalid) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return runner.render(client, new SessionId(sessionId), chosen, model, locale, form, invalid.errors());
		}
		catch (TreatmentSessions.ContraindicationStop stop) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("stop", stop.verdict());
			return runner.render(client, new SessionId(sessionId), chosen, model, locale, form, Map.of());
		}
	}

	@PostMapping("/clients/{clientId}/sessions/{sessionId}/finish")
	String finish(@PathVariable UUID clientId, @PathVariable UUID sessionId, @RequestParam Map<String, String> form,
			Model model, Locale locale, HttpServletResponse response) {
		Client client = clients.get(new ClientId(clientId));
		try {
			SoapNote note = sessions.finish(client.id(), new SessionId(sessionId), form.get("painAfter"),
					form.get("closingNote"));
			return "redirect:/clients/" + clientId + "/notes/" + note.id();
		}
		catch (InvalidTreatment invalid) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			Map<String, String> errors = new LinkedHashMap<>();
			invalid.errors().forEach((field, message) -> errors.put("finish." + field, message));
			return runner.render(client, new SessionId(sessionId), null, model, locale, form, errors);
		}
	}

}
