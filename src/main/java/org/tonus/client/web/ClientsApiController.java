package org.tonus.client.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tonus.client.Client;
import org.tonus.client.ClientChangedConcurrently;
import org.tonus.client.ClientId;
import org.tonus.client.ClientNotFound;
import org.tonus.client.ClientRegistry;
import org.tonus.client.ClientSummary;
import org.tonus.client.InvalidClientDetails;
import org.tonus.client.ResultPage;
import org.tonus.system.AllowedRoles;
import org.tonus.system.NotFound;
import org.tonus.system.Role;

/** {@code /api/v1/clients} per spec/api.md: create, read, update (with the version read), search, paged. */
@RestController
@RequestMapping("/api/v1/clients")
@io.swagger.v3.oas.annotations.tags.Tag(name = "Clients")
class ClientsApiController {

	private final ClientRegistry registry;

	ClientsApiController(ClientRegistry registry) {
		this.registry = registry;
	}

	/** The request body: dates and choices as text, so a bad one is named in the answer. */
	record ClientRequest(String givenName, String familyName, String preferredName, String dateOfBirth, String email,
			String phone, String address, String emergencyName, String emergencyPhone, String emergencyRelation,
			String preferredContact, String notes, Integer version) {

		ClientForm form() {
			return new ClientForm(givenName, familyName, preferredName, dateOfBirth, email, phone, address, emergencyName,
					emergencyPhone, emergencyRelation, preferredContact, notes, version);
		}

	}

	record ClientResource(UUID id, String givenName, String familyName, String preferredName, LocalDate dateOfBirth,
			String email, String phone, String address, String emergencyName, String emergencyPhone,
			String emergencyRelation, String preferredContact, String notes, boolean archived, int version,
			Instant createdAt) {

		static ClientResource of(Client client) {
			var d = client.details();
			return new ClientResource(client.id().id(), d.givenName(), d.familyName(), d.preferredName(), d.dateOfBirth(),
					d.email(), d.phone(), d.address(), d.emergencyName(), d.emergencyPhone(), d.emergencyRelation(),
					d.preferredContact().name().toLowerCase(), d.notes(), client.archived(), client.version(),
					client.createdAt());
		}

	}

	record SummaryResource(UUID id, String name, LocalDate dateOfBirth, String email, String phone, boolean archived) {

		static SummaryResource of(ClientSummary summary) {
			return new SummaryResource(summary.id().id(), summary.displayName(), summary.dateOfBirth(), summary.email(),
					summary.phone(), summary.archived());
		}

	}

	record SearchResult(List<SummaryResource> items, int page, int size, boolean hasNext) {
	}

	@PostMapping
	@AllowedRoles({ Role.OWNER, Role.THERAPIST, Role.FRONT_DESK })
	ResponseEntity<ClientResource> create(@RequestBody ClientRequest request) {
		ClientForm.Parsed parsed = parsed(request);
		Client client = registry.register(parsed.details());
		return ResponseEntity.created(URI.create("/api/v1/clients/" + client.id())).body(ClientResource.of(client));
	}

	@GetMapping("/{id}")
	@AllowedRoles({ Role.OWNER, Role.THERAPIST, Role.FRONT_DESK, Role.BILLING })
	ClientResource read(@PathVariable UUID id) {
		try {
			return ClientResource.of(registry.get(new ClientId(id)));
		}
		catch (ClientNotFound notFound) {
			throw new NotFound();
		}
	}

	@PutMapping("/{id}")
	@AllowedRoles({ Role.OWNER, Role.THERAPIST, Role.FRONT_DESK })
	ClientResource update(@PathVariable UUID id, @RequestBody ClientRequest request) {
		if (request.version() == null) {
			throw new InvalidClientDetails(List.of(new org.tonus.client.FieldIssue("version", "required")));
		}
		ClientForm.Parsed parsed = parsed(request);
		try {
			return ClientResource.of(registry.update(new ClientId(id), request.version(), parsed.details()));
		}
		catch (ClientNotFound notFound) {
			throw new NotFound();
		}
	}

	@GetMapping
	@AllowedRoles({ Role.OWNER, Role.THERAPIST, Role.FRONT_DESK, Role.BILLING })
	SearchResult search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "25") int size, @RequestParam(defaultValue = "false") boolean archived) {
		if (q.length() > 100 || page < 0 || size < 1 || size > ClientRegistry.MAX_PAGE_SIZE) {
			throw new org.tonus.system.FieldProblem(q.length() > 100 ? "q" : page < 0 ? "page" : "size",
					"out of range (q at most 100 characters, page from 0, size 1-" + ClientRegistry.MAX_PAGE_SIZE + ")");
		}
		ResultPage<ClientSummary> result = registry.search(q, page, size, archived);
		return new SearchResult(result.items().stream().map(SummaryResource::of).toList(), result.page(), result.size(),
				result.hasNext());
	}

	private static ClientForm.Parsed parsed(ClientRequest request) {
		if (request == null) {
			throw new InvalidClientDetails(List.of(new org.tonus.client.FieldIssue("givenName", "required")));
		}
		ClientForm.Parsed parsed = request.form().parse();
		if (!parsed.issues().isEmpty()) {
			throw new InvalidClientDetails(parsed.issues());
		}
		return parsed;
	}

	@ExceptionHandler(InvalidClientDetails.class)
	ResponseEntity<ProblemDetail> invalid(InvalidClientDetails invalid) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some fields are not valid.");
		problem.setTitle("Invalid client");
		problem.setProperty("errors", invalid.issues()
			.stream()
			.map(issue -> Map.of("field", issue.field(), "message", ApiMessages.of(issue.code())))
			.toList());
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(ClientChangedConcurrently.class)
	ResponseEntity<ProblemDetail> conflict() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"The client was changed since the version you sent; read it again and reapply your change.");
		problem.setTitle("Conflict");
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	/** English messages for the API (the UI uses the message bundle). */
	static final class ApiMessages {

		private ApiMessages() {
		}

		static String of(String code) {
			return switch (code) {
				case "required" -> "must not be empty";
				case "too-long" -> "is too long";
				case "future" -> "must not be in the future";
				case "too-early" -> "must be after 1900-01-01";
				case "date" -> "is not a real date (use YYYY-MM-DD)";
				case "email" -> "must be an e-mail address";
				case "phone" -> "must be a phone number (digits, spaces, + ( ) - . /)";
				case "choice" -> "must be one of email, phone, sms, post";
				case "needed-for-contact" -> "is needed for the preferred way of contact";
				default -> "is not valid";
			};
		}

	}

}
