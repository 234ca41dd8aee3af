package org.tonus.identity.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tonus.identity.CurrentUser;
import org.tonus.identity.SecurityPolicies;
import org.tonus.identity.SignedInUser;
import org.tonus.system.ClinicProfile;
import org.tonus.system.ClinicProfiles;

/** What the page layout shows on every page: the clinic, the signed-in user, the idle timeout. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

	private final ClinicProfiles clinics;

	private final SecurityPolicies policies;

	LayoutModel(ClinicProfiles clinics, SecurityPolicies policies) {
		this.clinics = clinics;
		this.policies = policies;
	}

	@ModelAttribute
	void layout(Model model) {
		var clinic = clinics.current();
		model.addAttribute("clinicName", clinic.map(ClinicProfile::name).orElse(null));
		model.addAttribute("clinicZone", clinic.map(ClinicProfile::timeZone).orElse(java.time.ZoneOffset.UTC));
		CurrentUser.get().ifPresent(user -> {
			model.addAttribute("currentUserName", user.name());
			model.addAttribute("currentUserEmail", user.email());
			model.addAttribute("currentUserInitials", initials(user));
			model.addAttribute("idleTimeoutSeconds", policies.idleTimeout().toSeconds());
		});
	}

	static String initials(SignedInUser user) {
		return Arrays.stream(user.name().trim().split("\\s+"))
			.filter(part -> !part.isEmpty())
			.limit(2)
			.map(part -> part.substring(0, 1).toUpperCase(Locale.ROOT))
			.collect(Collectors.joining());
	}

}
