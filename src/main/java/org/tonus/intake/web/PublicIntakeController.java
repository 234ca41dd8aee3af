package org.tonus.intake.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.transaction.support.TransactionTemplate;
import org.tonus.client.ClientRegistry;
import org.tonus.intake.Contraindications;
import org.tonus.intake.IntakeFormReader;
import org.tonus.intake.IntakeForms;
import org.tonus.intake.IntakeLinks;
import org.tonus.knowledge.KnowledgeBase;
import org.tonus.system.ClinicProfile;
import org.tonus.system.ClinicProfiles;
import org.tonus.system.PublicAccess;

/**
 * The questionnaire a client fills from the link in their e-mail: no account, nothing shown but the
 * questions and their first name, usable once. An expired or used link gets a plain explanation (410).
 */
@Controller
@PublicAccess("clients reach it with a single-use token instead of an account")
class PublicIntakeController {

	private final IntakeLinks links;

	private final IntakeForms forms;

	private final ClientRegistry clients;

	private final KnowledgeBase knowledge;

	private final Contraindications contraindications;

	private final ClinicProfiles clinics;

	private final MessageSource messages;

	private final TransactionTemplate transactions;

	PublicIntakeController(IntakeLinks links, IntakeForms forms, ClientRegistry clients, KnowledgeBase knowledge,
			Contraindications contraindications, ClinicProfiles clinics, MessageSource messages,
			TransactionTemplate transactions) {
		this.links = links;
		this.forms = forms;
		this.clients = clients;
		this.knowledge = knowledge;
		this.contraindications = contraindications;
		this.clinics = clinics;
		this.messages = messages;
		this.transactions = transactions;
	}

	@GetMapping("/intake/{token}")
	String form(@PathVariable String token, Model model, Locale locale, HttpServletResponse response) {
		IntakeLinks.Opened opened = links.open(token);
		if (opened.state() != IntakeLinks.State.VALID) {
			return gone(opened, model, response);
		}
		prepare(model, opened, Map.of(), Map.of(), locale);
		model.addAttribute("token", token);
		return "intake/public";
	}

	@PostMapping("/intake/{token}")
	String submit(@PathVariable String token, @RequestParam MultiValueMap<String, String> form, Model model, Locale locale,
			HttpServletResponse response) {
		IntakeLinks.Opened opened = links.open(token);
		if (opened.state() != IntakeLinks.State.VALID) {
			return gone(opened, model, response);
		}
		IntakeFormReader.Result result = new IntakeFormReader(knowledge, contraindications).read(form, today(), true);
		if (!result.valid()) {
			prepare(model, opened, form, result.errors(), locale);
			model.addAttribute("token", token);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "intake/public";
		}
		Boolean stored = transactions.execute(status -> {
			if (!links.useUp(opened)) {
				return false;
			}
			forms.submit(opened.client(), result.answers(), "CLIENT_LINK");
			return true;
		});
		if (!Boolean.TRUE.equals(stored)) {
			return gone(new IntakeLinks.Opened(IntakeLinks.State.USED, null, null), model, response);
		}
		model.addAttribute("clinicName", clinics.current().map(ClinicProfile::name).orElse(""));
		return "intake/thanks";
	}

	private void prepare(Model model, IntakeLinks.Opened opened, Map<String, List<String>> values,
			Map<String, String> errors, Locale locale) {
		model.addAttribute("firstName", clients.findWithoutAudit(opened.client())
			.map(client -> client.details().preferredName() != null ? client.details().preferredName()
					: client.details().givenName())
			.orElse(""));
		model.addAttribute("form", IntakeFormView.of(values, errors, knowledge, contraindications, true, messages, locale));
		model.addAttribute("clinicName", clinics.current().map(ClinicProfile::name).orElse(""));
	}

	private String gone(IntakeLinks.Opened opened, Model model, HttpServletResponse response) {
		response.setStatus(opened.state() == IntakeLinks.State.UNKNOWN ? HttpServletResponse.SC_NOT_FOUND
				: HttpServletResponse.SC_GONE);
		model.addAttribute("reason", opened.state().name().toLowerCase(Locale.ROOT));
		model.addAttribute("clinicName", clinics.current().map(ClinicProfile::name).orElse(""));
		return "intake/gone";
	}

	private LocalDate today() {
		return clinics.today();
	}

}
