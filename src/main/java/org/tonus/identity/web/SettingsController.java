package org.tonus.identity.web;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tonus.system.TimeZones;
import org.tonus.identity.AuditEntry;
import org.tonus.identity.AuditLog;
import org.tonus.identity.CurrentUser;
import org.tonus.identity.SecurityPolicies;
import org.tonus.identity.SecurityPolicy;
import org.tonus.system.AllowedRoles;
import org.tonus.system.ClinicProfile;
import org.tonus.system.ClinicProfiles;
import org.tonus.system.Role;

/** The owner's clinic settings: name and time zone, two-factor rule and inactivity timeout. */
@Controller
@AllowedRoles(Role.OWNER)
class SettingsController {

	private final ClinicProfiles clinics;

	private final SecurityPolicies policies;

	private final AuditLog audit;

	SettingsController(ClinicProfiles clinics, SecurityPolicies policies, AuditLog audit) {
		this.clinics = clinics;
		this.policies = policies;
		this.audit = audit;
	}

	@GetMapping("/settings")
	String settings(Model model) {
		ClinicProfile clinic = clinics.current().orElse(new ClinicProfile("—", ZoneId.of("UTC")));
		if (!model.containsAttribute("clinicNameValue")) {
			model.addAttribute("clinicNameValue", clinic.name());
			model.addAttribute("timeZoneValue", clinic.timeZone().getId());
		}
		SecurityPolicy policy = policies.current();
		if (!model.containsAttribute("idleMinutesValue")) {
			model.addAttribute("idleMinutesValue", policy.idleTimeout().toMinutes());
		}
		model.addAttribute("policy", policy);
		model.addAttribute("zones", TimeZones.ids());
		model.addAttribute("minIdle", SecurityPolicy.MIN_IDLE_MINUTES);
		model.addAttribute("maxIdle", SecurityPolicy.MAX_IDLE_MINUTES);
		return "identity/settings";
	}

	@PostMapping("/settings/clinic")
	String saveClinic(@RequestParam(defaultValue = "") String clinicName, @RequestParam(defaultValue = "") String timeZone,
			Model model, RedirectAttributes redirect) {
		boolean nameOk = !clinicName.isBlank() && clinicName.strip().length() <= ClinicProfile.NAME_MAX;
		boolean zoneOk = TimeZones.ids().contains(timeZone);
		if (!nameOk || !zoneOk) {
			model.addAttribute("clinicNameValue", clinicName);
			model.addAttribute("timeZoneValue", timeZone);
			model.addAttribute("clinicNameError", nameOk ? null : "settings.clinic-name.invalid");
			model.addAttribute("timeZoneError", zoneOk ? null : "timezone.invalid");
			return settings(model);
		}
		clinics.save(new ClinicProfile(clinicName, ZoneId.of(timeZone)));
		audit.record(AuditEntry.success("clinic.change", "clinic", null));
		redirect.addFlashAttribute("notice", "settings.saved");
		return "redirect:/settings";
	}

	@PostMapping("/settings/security")
	String saveSecurity(@RequestParam(defaultValue = "false") boolean twoFactorRequired,
			@RequestParam(defaultValue = "") String idleMinutes, Model model, RedirectAttributes redirect) {
		Integer minutes = parseMinutes(idleMinutes);
		if (minutes == null) {
			model.addAttribute("idleMinutesValue", idleMinutes);
			model.addAttribute("idleError", "settings.idle.invalid");
			return settings(model);
		}
		policies.save(new SecurityPolicy(twoFactorRequired, Duration.ofMinutes(minutes)), CurrentUser.id());
		redirect.addFlashAttribute("notice", "settings.saved");
		return "redirect:/settings";
	}

	private static Integer parseMinutes(String text) {
		try {
			int minutes = Integer.parseInt(text.strip());
			return minutes >= SecurityPolicy.MIN_IDLE_MINUTES && minutes <= SecurityPolicy.MAX_IDLE_MINUTES ? minutes : null;
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

}
