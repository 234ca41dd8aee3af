package org.tonus.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tonus.identity.ApiTokens;
import org.tonus.identity.CurrentUser;
import org.tonus.identity.PasswordPolicy;
import org.tonus.identity.PasswordRejected;
import org.tonus.identity.SessionTermination;
import org.tonus.identity.UserAccounts;
import org.tonus.identity.UserId;
import org.tonus.system.SignedIn;

/** Everyone's own account: name, password, sign out everywhere. */
@Controller
@SignedIn
class AccountController {

	private final UserAccounts accounts;

	private final ApiTokens tokens;

	private final SessionTermination sessions;

	AccountController(UserAccounts accounts, ApiTokens tokens, SessionTermination sessions) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.sessions = sessions;
	}

	@GetMapping("/account")
	String account(Model model) {
		UserId me = CurrentUser.id();
		model.addAttribute("account", accounts.get(me));
		model.addAttribute("tokens", tokens.activeTokens(me));
		return "identity/account";
	}

	@PostMapping("/account/name")
	String rename(@RequestParam(defaultValue = "") String name, Model model, RedirectAttributes redirect) {
		if (name.isBlank() || name.strip().length() > UserAccounts.NAME_MAX) {
			model.addAttribute("nameError", "account.name.invalid");
			return account(model);
		}
		accounts.rename(CurrentUser.id(), name, CurrentUser.id());
		redirect.addFlashAttribute("notice", "account.name.saved");
		return "redirect:/account";
	}

	@PostMapping("/account/password")
	String changePassword(@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String newPasswordRepeat,
			Model model, RedirectAttributes redirect) {
		if (!newPassword.equals(newPasswordRepeat)) {
			model.addAttribute("passwordError", "password.rejected.mismatch");
			model.addAttribute("passwordField", "newPasswordRepeat");
			return account(model);
		}
		try {
			accounts.changePassword(CurrentUser.id(), currentPassword, newPassword);
		}
		catch (PasswordRejected rejected) {
			model.addAttribute("passwordError", rejected.reason().messageKey());
			model.addAttribute("passwordField",
					rejected.reason() == PasswordRejected.Reason.WRONG_CURRENT_PASSWORD ? "currentPassword" : "newPassword");
			return account(model);
		}
		redirect.addFlashAttribute("notice", "account.password.saved");
		return "redirect:/account";
	}

	@PostMapping("/account/sign-out-everywhere")
	String signOutEverywhere(HttpServletRequest request) {
		UserId me = CurrentUser.id();
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		sessions.signOutEverywhere(me);
		return "redirect:/sign-in?signed-out";
	}

	@org.springframework.web.bind.annotation.ModelAttribute("passwordLimits")
	Object[] passwordLimits() {
		return new Object[] { PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH };
	}

}
