package org.tonus.identity.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tonus.identity.ClinicSetup;
import org.tonus.identity.CurrentUser;
import org.tonus.identity.LastSignInEmail;
import org.tonus.identity.SecondFactorStep;
import org.tonus.system.PublicAccess;

/** The sign-in page (its POST is handled by Spring Security) and the one-time-code step. */
@Controller
@PublicAccess("people sign in here")
class SignInController {

	private final ClinicSetup setup;

	private final SecondFactorStep secondFactor;

	SignInController(ClinicSetup setup, SecondFactorStep secondFactor) {
		this.setup = setup;
		this.secondFactor = secondFactor;
	}

	@GetMapping("/sign-in")
	String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) Integer minutes,
			HttpServletRequest request, Model model) {
		if (setup.isNeeded()) {
			return "redirect:/setup";
		}
		if (CurrentUser.get().isPresent()) {
			return "redirect:/";
		}
		HttpSession session = request.getSession(false);
		model.addAttribute("email", LastSignInEmail.take(session));
		model.addAttribute("error", error == null ? null : switch (error) {
			case "throttled" -> "signin.error.throttled";
			case "deactivated" -> "signin.error.deactivated";
			case "expired" -> "signin.error.expired";
			default -> "signin.error.bad-credentials";
		});
		model.addAttribute("minutes", minutes == null ? 1 : Math.max(1, Math.min(minutes, 60)));
		model.addAttribute("signedOut", request.getParameter("signed-out") != null);
		return "identity/signIn";
	}

	@GetMapping("/sign-in/two-factor")
	String codeForm() {
		return secondFactor.pendingUser().isPresent() ? "identity/secondFactor" : "redirect:/sign-in";
	}

	@PostMapping(path = "/sign-in/two-factor", headers = "X-Tonus-Request=fetch")
	ResponseEntity<Map<String, String>> codeByScript(@RequestParam(defaultValue = "") String code,
			HttpServletRequest request, HttpServletResponse response) {
		SecondFactorStep.Outcome outcome = secondFactor.complete(code, request, response);
		return outcome == SecondFactorStep.Outcome.SIGNED_IN ? ResponseEntity.ok(Map.of("outcome", "signed-in"))
				: ResponseEntity.status(401).body(Map.of("outcome", outcome.name().toLowerCase().replace('_', '-')));
	}

	@PostMapping("/sign-in/two-factor")
	String code(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		return switch (secondFactor.complete(code, request, response)) {
			case SIGNED_IN -> "redirect:/";
			case NOT_PENDING -> "redirect:/sign-in";
			case THROTTLED -> {
				model.addAttribute("error", "signin.error.throttled-short");
				yield "identity/secondFactor";
			}
			case WRONG_CODE -> {
				model.addAttribute("error", "signin.error.bad-code");
				yield "identity/secondFactor";
			}
		};
	}

}
