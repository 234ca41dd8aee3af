package org.tonus.identity.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tonus.identity.CurrentUser;
import org.tonus.identity.DuplicateEmail;
import org.tonus.identity.EmailAddress;
import org.tonus.identity.LastOwnerRequired;
import org.tonus.identity.PasswordRejected;
import org.tonus.identity.UserAccount;
import org.tonus.identity.UserAccounts;
import org.tonus.identity.UserId;
import org.tonus.system.AllowedRoles;
import org.tonus.system.Role;

/** The owner's user management: list, create, change roles, deactivate and reactivate, reset a password. */
@Controller
@AllowedRoles(Role.OWNER)
class UserManagementController {

	private final UserAccounts accounts;

	UserManagementController(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@ModelAttribute("staffRoles")
	List<Role> staffRoles() {
		return List.copyOf(Role.STAFF);
	}

	@GetMapping("/users")
	String list(Model model) {
		model.addAttribute("users", accounts.all());
		return "identity/users";
	}

	@GetMapping("/users/new")
	String newUser(Model model) {
		model.addAttribute("userForm", UserForm.empty());
		return "identity/userNew";
	}

	@PostMapping("/users")
	String create(@Valid @ModelAttribute UserForm userForm, BindingResult result, RedirectAttributes redirect) {
		Set<Role> roles = staffOnly(userForm.roles(), result);
		FormErrors.checkPassword(result, "password", userForm.password(), userForm.email());
		if (result.hasErrors()) {
			return "identity/userNew";
		}
		try {
			UserAccount created = accounts.create(
					new UserAccounts.NewUser(userForm.email(), userForm.name(), roles, userForm.password()),
					CurrentUser.id());
			redirect.addFlashAttribute("notice", "users.created");
			return "redirect:/users/" + created.id();
		}
		catch (PasswordRejected rejected) {
			FormErrors.password(result, "password", rejected);
		}
		catch (EmailAddress.InvalidEmailAddress invalid) {
			result.rejectValue("email", "email.invalid");
		}
		catch (DuplicateEmail duplicate) {
			result.rejectValue("email", "email.duplicate");
		}
		return "identity/userNew";
	}

	@GetMapping("/users/{id}")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("user", find(id));
		model.addAttribute("self", CurrentUser.id().id().equals(id));
		return "identity/user";
	}

	@PostMapping("/users/{id}/roles")
	String changeRoles(@PathVariable UUID id, @RequestParam(required = false) Set<Role> roles, Model model,
			RedirectAttributes redirect) {
		UserAccount user = find(id);
		if (roles == null || roles.isEmpty() || !Role.STAFF.containsAll(roles)) {
			return showWithError(user, "rolesError", "roles.required", model);
		}
		try {
			accounts.changeRoles(user.id(), EnumSet.copyOf(roles), CurrentUser.id());
		}
		catch (LastOwnerRequired lastOwner) {
			return showWithError(user, "rolesError", "owner.required", model);
		}
		redirect.addFlashAttribute("notice", "users.roles-changed");
		return "redirect:/users/" + id;
	}

	@PostMapping("/users/{id}/deactivate")
	String deactivate(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, Model model,
			RedirectAttributes redirect) {
		UserAccount user = find(id);
		if (reason.isBlank() || reason.length() > 200) {
			return showWithError(user, "reasonError", "reason.required", model);
		}
		try {
			accounts.deactivate(user.id(), reason, CurrentUser.id());
		}
		catch (LastOwnerRequired lastOwner) {
			return showWithError(user, "reasonError", "owner.required", model);
		}
		redirect.addFlashAttribute("notice", "users.deactivated");
		return "redirect:/users/" + id;
	}

	@PostMapping("/users/{id}/reactivate")
	String reactivate(@PathVariable UUID id, RedirectAttributes redirect) {
		accounts.reactivate(find(id).id(), CurrentUser.id());
		redirect.addFlashAttribute("notice", "users.reactivated");
		return "redirect:/users/" + id;
	}

	@PostMapping("/users/{id}/password")
	String resetPassword(@PathVariable UUID id, @RequestParam(defaultValue = "") String password, Model model,
			RedirectAttributes redirect) {
		UserAccount user = find(id);
		try {
			accounts.resetPassword(user.id(), password, CurrentUser.id());
		}
		catch (PasswordRejected rejected) {
			model.addAttribute("passwordErrorArgs", new Object[] { org.tonus.identity.PasswordPolicy.MIN_LENGTH,
					org.tonus.identity.PasswordPolicy.MAX_LENGTH });
			return showWithError(user, "passwordError", rejected.reason().messageKey(), model);
		}
		redirect.addFlashAttribute("notice", "users.password-reset");
		return "redirect:/users/" + id;
	}

	private String showWithError(UserAccount user, String slot, String messageKey, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("self", CurrentUser.id().equals(user.id()));
		model.addAttribute(slot, messageKey);
		return "identity/user";
	}

	private static Set<Role> staffOnly(Set<Role> roles, BindingResult result) {
		if (roles == null || roles.isEmpty() || !Role.STAFF.containsAll(roles)) {
			result.rejectValue("roles", "roles.required");
			return Set.of();
		}
		return EnumSet.copyOf(roles);
	}

	private UserAccount find(UUID id) {
		return accounts.get(new UserId(id));
	}

}
