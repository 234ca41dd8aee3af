package org.tonus.client;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tonus.identity.AuditEntry;
import org.tonus.identity.AuditLog;
import org.tonus.identity.AuditOutcome;
import org.tonus.identity.CurrentUser;

import tools.jackson.databind.json.JsonMapper;

/**
 * Registers, changes, finds and archives clients. Records are never deleted; every edit keeps the
 * previous version, and an edit based on an outdated version is refused instead of overwriting.
 * Every read and write is audited (ids only, never names or search text).
 */
@Component
public class ClientRegistry {

	public static final int MAX_PAGE_SIZE = 100;

	private final ClientRepository clients;

	private final ClientTimeline timeline;

	private final AuditLog audit;

	private final JsonMapper json;

	private final Clock clock;

	ClientRegistry(ClientRepository clients, ClientTimeline timeline, AuditLog audit, JsonMapper json, Clock clock) {
		this.clients = clients;
		this.timeline = timeline;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	@Transactional
	public Client register(ClientDetails details) {
		check(details);
		ClientId id = ClientId.random();
		clients.insert(id, details, clock.instant(), actor());
		audit.record(AuditEntry.success("client.create", "client", id));
		timeline.add(id, "client.registered", false, "Registered", null);
		return clients.find(id).orElseThrow();
	}

	/** The client, for someone who may see it; the read is audited. */
	@Transactional
	public Client get(ClientId id) {
		Client client = clients.find(id).orElseThrow(ClientNotFound::new);
		audit.record(AuditEntry.success("client.read", "client", id));
		return client;
	}

	public boolean exists(ClientId id) {
		return clients.exists(id);
	}

	@Transactional
	public Client update(ClientId id, int expectedVersion, ClientDetails details) {
		check(details);
		Client before = clients.find(id).orElseThrow(ClientNotFound::new);
		if (before.version() != expectedVersion || !clients.update(id, expectedVersion, details, clock.instant(), actor())) {
			audit.record(new AuditEntry("client.update", "client", id.toString(), AuditOutcome.FAILURE, "stale version"));
			throw new ClientChangedConcurrently();
		}
		clients.keepVersion(before, json.writeValueAsString(before.details()), clock.instant(), actor());
		audit.record(AuditEntry.success("client.update", "client", id));
		timeline.add(id, "client.updated", false, "Details updated", null);
		return clients.find(id).orElseThrow();
	}

	public enum ConsentKind {

		TREATMENT, EMAIL

	}

	@Transactional
	public void recordConsent(ClientId id, ConsentKind kind, String typedName) {
		if (typedName == null || typedName.isBlank() || typedName.strip().length() > 100) {
			throw new InvalidClientDetails(List.of(new FieldIssue(kind == ConsentKind.TREATMENT ? "treatmentConsent"
					: "emailConsent", "signature")));
		}
		if (!clients.recordConsent(id, kind == ConsentKind.TREATMENT ? "treatment" : "email", typedName.strip(),
				clock.instant(), actor())) {
			throw new ClientNotFound();
		}
		audit.record(AuditEntry.success("client.consent." + kind.name().toLowerCase(), "client", id));
		timeline.add(id, "client.consent", false,
				kind == ConsentKind.TREATMENT ? "Consent to treatment signed" : "Consent to e-mail signed", null);
	}

	@Transactional
	public void archive(ClientId id, String reason) {
		if (reason == null || reason.isBlank() || reason.strip().length() > 200) {
			throw new InvalidClientDetails(List.of(new FieldIssue("reason", "required")));
		}
		if (!clients.archive(id, reason.strip(), clock.instant(), actor())) {
			throw new ClientNotFound();
		}
		audit.record(new AuditEntry("client.archive", "client", id.toString(), AuditOutcome.SUCCESS, null));
		timeline.add(id, "client.archived", false, "Archived", null);
	}

	/** Searches by name, phone digits, e-mail or date of birth (see {@link ClientQuery}); pages are 0-based. */
	@Transactional
	public ResultPage<ClientSummary> search(String text, int page, int size, boolean includeArchived) {
		int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
		int pageNumber = Math.max(0, page);
		List<ClientSummary> rows = clients.search(ClientQuery.of(text, includeArchived), pageSize + 1, pageNumber * pageSize);
		boolean hasNext = rows.size() > pageSize;
		List<ClientSummary> items = hasNext ? rows.subList(0, pageSize) : rows;
		audit.record(new AuditEntry("client.search", "client", null, AuditOutcome.SUCCESS, items.size() + " results"));
		return new ResultPage<>(List.copyOf(items), pageNumber, pageSize, hasNext);
	}

	/**
	 * The one active client with exactly this e-mail, family name and date of birth, for a client who
	 * books online; empty when none or several match (the booking then registers a new client).
	 */
	@Transactional
	public Optional<ClientId> matchForBooking(String email, String familyName, LocalDate dateOfBirth) {
		if (email == null || familyName == null || dateOfBirth == null) {
			return Optional.empty();
		}
		List<ClientId> found = clients.matching(email.strip(), familyName.strip(), dateOfBirth);
		if (found.size() != 1) {
			return Optional.empty();
		}
		audit.record(AuditEntry.success("client.match", "client", found.get(0)));
		return Optional.of(found.get(0));
	}

	/** Names and contacts of the given clients, for lists such as a calendar; audited as one listing. */
	@Transactional
	public java.util.Map<ClientId, ClientSummary> summaries(java.util.Collection<ClientId> ids) {
		List<ClientSummary> found = clients.summaries(ids);
		if (!found.isEmpty()) {
			audit.record(new AuditEntry("client.list", "client", null, AuditOutcome.SUCCESS, found.size() + " clients"));
		}
		return found.stream().collect(java.util.stream.Collectors.toMap(ClientSummary::id, summary -> summary));
	}

	public Optional<Client> findWithoutAudit(ClientId id) {
		return clients.find(id);
	}

	private void check(ClientDetails details) {
		List<FieldIssue> issues = details.check(LocalDate.now(clock));
		if (!issues.isEmpty()) {
			throw new InvalidClientDetails(issues);
		}
	}

	private static UUID actor() {
		return CurrentUser.get().map(user -> user.id().id()).orElse(null);
	}

}
