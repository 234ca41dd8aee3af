package org.tonus.identity.web;

import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tonus.identity.CurrentUser;
import org.tonus.identity.DuplicateEmail;
import org.tonus.identity.EmailAddress;
import org.tonus.identity.PasswordPolicy;
import org.tonus.identity.PasswordRejected;
import org.tonus.identity.UserAccount;
import org.tonus.identity.UserAccounts;
import org.tonus.identity.UserId;
import org.tonus.system.AllowedRoles;
import org.tonus.system.FieldProblem;
import org.tonus.system.Role;

/** Staff accounts over the API, for the owner (for example to provision a clinic by script). */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Accounts")
@RequestMapping("/api/v1/users")
@AllowedRoles(Role.OWNER)
class UsersApiController {

	private final UserAccounts accounts;

	UsersApiController(UserAccounts accounts) {
		this.accounts = accounts;
	}

	record NewUserRequest(@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 100) String name,
			@NotEmpty Set<String> roles, @NotBlank @Size(max = 128) String password) {
	}

	record UserResource(UUID id, String email, String name, List<String> roles, boolean active,
			boolean twoFactorEnabled, Instant createdAt) {

		static UserResource of(UserAccount account) {
			return new UserResource(account.id().id(), account.email(), account.name(),
					account.roles().stream().sorted().map(UsersApiController::roleName).toList(), account.active(),
					account.twoFactorEnabled(), account.createdAt());
		}

	}

	@GetMapping
	List<UserResource> list() {
		return accounts.all().stream().map(UserResource::of).toList();
	}

	@GetMapping("/{id}")
	UserResource get(@PathVariable UUID id) {
		return UserResource.of(accounts.get(new UserId(id)));
	}

	@PostMapping
	ResponseEntity<UserResource> create(@Valid @RequestBody NewUserRequest request) {
		Set<Role> roles = parseRoles(request.roles());
		try {
			UserAccount created = accounts.create(
					new UserAccounts.NewUser(request.email(), request.name(), roles, request.password()), CurrentUser.id());
			return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(UserResource.of(created));
		}
		catch (EmailAddress.InvalidEmailAddress invalid) {
			throw new FieldProblem("email", "must be an e-mail address");
		}
		catch (DuplicateEmail duplicate) {
			throw new FieldProblem("email", "another account already uses this e-mail address", HttpStatus.CONFLICT);
		}
		catch (PasswordRejected rejected) {
			throw new FieldProblem("password", switch (rejected.reason()) {
				case TOO_SHORT -> "must have at least " + PasswordPolicy.MIN_LENGTH + " characters";
				case TOO_LONG -> "must have at most " + PasswordPolicy.MAX_LENGTH + " characters";
				case CONTAINS_EMAIL -> "must not be built from the e-mail address";
				default -> "is too common or too easy to guess";
			});
		}
	}

	private static Set<Role> parseRoles(Set<String> names) {
		EnumSet<Role> roles = EnumSet.noneOf(Role.class);
		for (String name : names) {
			Role role = Role.STAFF.stream()
				.filter(candidate -> roleName(candidate).equals(name))
				.findFirst()
				.orElseThrow(() -> new FieldProblem("roles",
						"unknown role '" + (name.length() > 30 ? name.substring(0, 30) : name)
								+ "'; use owner, therapist, front-desk or billing"));
			roles.add(role);
		}
		return roles;
	}

	static String roleName(Role role) {
		return role.name().toLowerCase().replace('_', '-');
	}

}
