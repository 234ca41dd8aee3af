package org.tonus.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tonus.identity.CurrentUser;
import org.tonus.identity.SecurityPolicies;
import org.tonus.identity.SessionTermination;
import org.tonus.identity.SignedInUser;
import org.tonus.identity.TwoFactor;
import org.tonus.identity.UserAccounts;
import org.tonus.system.SignedIn;

/**
 * Turning two-factor sign-in on (scan a QR code, confirm with a first code) and off. The secret
 * waits in the session until confirmed, so an abandoned enrolment changes nothing.
 */
@Controller
@SignedIn
class TwoFactorController {

	private static final String PENDING_SECRET = "tonus.two-factor.pending-secret";

	private final TwoFactor twoFactor;

	private final UserAccounts accounts;

	private final SecurityPolicies policies;

	private final SessionTermination sessions;

	TwoFactorController(TwoFactor twoFactor, UserAccounts accounts, SecurityPolicies policies,
			SessionTermination sessions) {
		this.twoFactor = twoFactor;
		this.accounts = accounts;
		this.policies = policies;
		this.sessions = sessions;
	}

	@GetMapping("/account/two-factor")
	String enrol(HttpSession session, Model model) {
		SignedInUser me = CurrentUser.require();
		if (accounts.get(me.id()).twoFactorEnabled()) {
			return "redirect:/account";
		}
		TwoFactor.Enrolment enrolment = twoFactor.startEnrolment(me.email(), "Tonus");
		session.setAttribute(PENDING_SECRET, enrolment.secret());
		model.addAttribute("enrolment", enrolment);
		model.addAttribute("required", me.roles().stream().anyMatch(org.tonus.system.Role::isStaff)
				&& policies.current().twoFactorRequiredForStaff());
		return "identity/twoFactorEnrol";
	}

	@PostMapping("/account/two-factor")
	String confirm(@RequestParam(defaultValue = "") String code, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		HttpSession session = request.getSession();
		String secret = (String) session.getAttribute(PENDING_SECRET);
		SignedInUser me = CurrentUser.require();
		if (secret == null) {
			return "redirect:/account/two-factor";
		}
		if (!twoFactor.enable(me.id(), secret, code)) {
			model.addAttribute("enrolment", twoFactor.startEnrolmentFor(secret, me.email(), "Tonus"));
			model.addAttribute("codeError", "signin.error.bad-code");
			return "identity/twoFactorEnrol";
		}
		session.removeAttribute(PENDING_SECRET);
		// Sessions that were signed in with the password alone end; this one starts afresh.
		session.invalidate();
		sessions.signOutEverywhere(me.id());
		redirect.addFlashAttribute("notice", "account.two-factor.enabled");
		return "redirect:/sign-in";
	}

	@PostMapping("/account/two-factor/disable")
	String disable(RedirectAttributes redirect) {
		SignedInUser me = CurrentUser.require();
		if (me.roles().stream().anyMatch(org.tonus.system.Role::isStaff) && policies.current().twoFactorRequiredForStaff()) {
			redirect.addFlashAttribute("notice", "account.two-factor.required");
			return "redirect:/account";
		}
		twoFactor.disable(me.id(), me.id());
		redirect.addFlashAttribute("notice", "account.two-factor.disabled");
		return "redirect:/account";
	}

}
