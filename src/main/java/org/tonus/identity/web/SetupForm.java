package org.tonus.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record SetupForm(@NotBlank @Size(max = 120) String clinicName, @NotBlank @Size(max = 64) String timeZone,
		@NotBlank @Size(max = 100) String ownerName, @NotBlank @Email @Size(max = 254) String email,
		@NotBlank @Size(max = 128) String password, @NotBlank @Size(max = 128) String passwordRepeat) {

	static SetupForm empty() {
		return new SetupForm("", "", "", "", "", "");
	}

}
