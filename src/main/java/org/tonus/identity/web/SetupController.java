package org.tonus.identity.web;

import java.time.DateTimeException;
import java.time.ZoneId;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tonus.system.TimeZones;
import org.tonus.identity.AuditActor;
import org.tonus.identity.AuditLog;
import org.tonus.identity.ClinicSetup;
import org.tonus.identity.DemoClinic;
import org.tonus.identity.DuplicateEmail;
import org.tonus.identity.EmailAddress;
import org.tonus.identity.PasswordRejected;
import org.tonus.system.ClinicProfile;
import org.tonus.system.PublicAccess;

/** The one-time setup page of a new installation; gone (404) once an account exists. */
@Controller
@PublicAccess("an empty installation has nobody to sign in yet")
class SetupController {

	private final ClinicSetup setup;

	private final DemoClinic demo;

	private final AuditLog audit;

	SetupController(ClinicSetup setup, DemoClinic demo, AuditLog audit) {
		this.setup = setup;
		this.demo = demo;
		this.audit = audit;
	}

	@ModelAttribute("zones")
	java.util.List<String> zones() {
		return TimeZones.ids();
	}

	@GetMapping("/setup")
	String form(Model model) {
		if (!setup.isNeeded()) {
			throw new org.tonus.system.NotFound();
		}
		model.addAttribute("setupForm", SetupForm.empty());
		return "identity/setup";
	}

	@PostMapping("/setup")
	String complete(@Valid @ModelAttribute SetupForm setupForm, BindingResult result, RedirectAttributes redirect) {
		if (!setup.isNeeded()) {
			throw new org.tonus.system.NotFound();
		}
		ZoneId zone = parseZone(setupForm.timeZone(), result);
		FormErrors.checkPassword(result, "password", setupForm.password(), setupForm.email());
		if (!result.hasFieldErrors("password") && !setupForm.password().equals(setupForm.passwordRepeat())) {
			FormErrors.repeatMismatch(result, "passwordRepeat");
		}
		if (result.hasErrors()) {
			return "identity/setup";
		}
		try {
			audit.actingAs(new AuditActor(null, "one-time setup"), () -> setup.complete(
					new ClinicProfile(setupForm.clinicName(), zone), setupForm.ownerName(), setupForm.email(),
					setupForm.password()));
		}
		catch (PasswordRejected rejected) {
			FormErrors.password(result, "password", rejected);
			return "identity/setup";
		}
		catch (EmailAddress.InvalidEmailAddress | DuplicateEmail invalid) {
			result.rejectValue("email", "email.invalid", "Not an e-mail address");
			return "identity/setup";
		}
		catch (ClinicSetup.SetupAlreadyDone done) {
			return "redirect:/sign-in";
		}
		redirect.addFlashAttribute("notice", "setup.done");
		return "redirect:/sign-in";
	}

	@PostMapping("/setup/demo")
	String demo(RedirectAttributes redirect) {
		if (!setup.isNeeded()) {
			throw new org.tonus.system.NotFound();
		}
		audit.actingAs(new AuditActor(null, "one-time setup"), () -> {
			demo.create();
			return null;
		});
		redirect.addFlashAttribute("notice", "setup.demo-done");
		redirect.addFlashAttribute("demoPassword", DemoClinic.PASSWORD);
		return "redirect:/sign-in";
	}

	private static ZoneId parseZone(String id, BindingResult result) {
		try {
			if (id != null && TimeZones.ids().contains(id)) {
				return ZoneId.of(id);
			}
		}
		catch (DateTimeException invalid) {
			// reported below
		}
		if (!result.hasFieldErrors("timeZone")) {
			result.rejectValue("timeZone", "timezone.invalid", "Unknown time zone");
		}
		return ZoneId.of("UTC");
	}

}
