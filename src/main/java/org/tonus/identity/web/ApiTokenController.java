package org.tonus.identity.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tonus.identity.ApiTokens;
import org.tonus.identity.CurrentUser;
import org.tonus.system.AllowedRoles;
import org.tonus.system.Role;

/** Staff create and revoke their own personal API tokens; the secret is shown once, after creation. */
@Controller
@AllowedRoles({ Role.OWNER, Role.THERAPIST, Role.FRONT_DESK, Role.BILLING })
class ApiTokenController {

	private final ApiTokens tokens;

	ApiTokenController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@PostMapping("/account/api-tokens")
	String create(@RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
		if (name.isBlank() || name.strip().length() > ApiTokens.NAME_MAX) {
			redirect.addFlashAttribute("tokenError", "account.tokens.name-invalid");
			return "redirect:/account#api-tokens";
		}
		ApiTokens.IssuedToken issued = tokens.issue(CurrentUser.id(), name);
		redirect.addFlashAttribute("newToken", issued.secret());
		return "redirect:/account#api-tokens";
	}

	@PostMapping("/account/api-tokens/{id}/revoke")
	String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
		if (!tokens.revoke(CurrentUser.id(), id)) {
			throw new org.tonus.system.NotFound();
		}
		redirect.addFlashAttribute("notice", "account.tokens.revoked");
		return "redirect:/account#api-tokens";
	}

}
