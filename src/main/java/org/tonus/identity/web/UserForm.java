package org.tonus.identity.web;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.tonus.system.Role;

record UserForm(@NotBlank @Size(max = 100) String name, @NotBlank @Email @Size(max = 254) String email,
		Set<Role> roles, @NotBlank @Size(max = 128) String password) {

	static UserForm empty() {
		return new UserForm("", "", Set.of(Role.THERAPIST), "");
	}

}
