package org.tonus.identity.web;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tonus.identity.CurrentUser;
import org.tonus.identity.SignedInUser;
import org.tonus.system.SignedIn;

@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Accounts")
@RequestMapping("/api/v1/me")
class MeApiController {

	record Me(UUID id, String email, String name, List<String> roles) {
	}

	@GetMapping
	@SignedIn
	Me me() {
		SignedInUser user = CurrentUser.require();
		return new Me(user.id().id(), user.email(), user.name(),
				user.roles().stream().sorted().map(role -> role.name().toLowerCase().replace('_', '-')).toList());
	}

}
