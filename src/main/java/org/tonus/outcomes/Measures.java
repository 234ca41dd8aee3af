package org.tonus.outcomes;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tonus.client.ClientId;
import org.tonus.client.ClientRegistry;
import org.tonus.client.ClientTimeline;
import org.tonus.identity.AuditActor;
import org.tonus.identity.AuditEntry;
import org.tonus.identity.AuditLog;
import org.tonus.identity.CurrentUser;
import org.tonus.system.ClinicProfiles;
import org.tonus.system.SecretTokens;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records completed measures, scored on the way in (answers kept with the score), from staff (in
 * the room or from paper) or from the client through a single-use link; lists a client's history;
 * withdraws a wrong entry with a reason. Answers that cannot be scored store nothing. Every read
 * and write is audited.
 */
@Component
public class Measures {

	public static final int LINK_DAYS = 7;

	public enum Source {

		CLIENT_LINK, STAFF, PAPER

	}

	/** One stored measure. For the PSFS the answer keys are the client's activities. */
	public record Measurement(UUID id, String instrument, double score, int answered, boolean prorated, LocalDate on,
			Source source, String label, Map<String, Integer> answers) {
	}

	public enum LinkState {

		VALID, USED, EXPIRED, UNKNOWN

	}

	public record Issued(UUID id, String token, Instant expiresAt) {
	}

	public record Opened(LinkState state, UUID link, ClientId client, List<String> instruments) {
	}

	private final JdbcClient jdbc;

	private final InstrumentCatalog catalog;

	private final OutcomeProgress progress;

	private final ClientRegistry clients;

	private final ClientTimeline timeline;

	private final ClinicProfiles clinic;

	private final AuditLog audit;

	private final JsonMapper json;

	private final Clock clock;

	Measures(JdbcClient jdbc, InstrumentCatalog catalog, OutcomeProgress progress, ClientRegistry clients,
			ClientTimeline timeline, ClinicProfiles clinic, AuditLog audit, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.progress = progress;
		this.clients = clients;
		this.timeline = timeline;
		this.clinic = clinic;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	/** The instruments that can be sent and entered now. */
	public Instruments instruments() {
		return catalog.current();
	}

	/** Every instrument a stored measure may refer to, the clinic's retired ones included. */
	public Instruments allInstruments() {
		return catalog.all();
	}

	@Transactional
	public Measurement record(ClientId client, String instrumentId, Map<String, Integer> answers, LocalDate on, Source source,
			String label) {
		if (!clients.exists(client)) {
			throw new InvalidAnswers(List.of(new InvalidAnswers.Problem("client", "unknown-client")));
		}
		Measurement stored = store(client, instrumentId, answers, on, source, label, null);
		audit.record(AuditEntry.success("measure.record", "client", client).withDetail(instrumentId));
		return stored;
	}

	/** The client's measures of one instrument (or all, when null), oldest first; withdrawn ones left out. */
	@Transactional
	public List<Measurement> history(ClientId client, String instrumentId) {
		List<Measurement> found = jdbc.sql("""
				SELECT * FROM outcomes_response WHERE client_id = ? AND (?::text IS NULL OR instrument_id = ?)
				  AND withdrawn_at IS NULL ORDER BY measured_on, created_at
				""")
			.params(client.id(), instrumentId, instrumentId)
			.query((rs, n) -> new Measurement(rs.getObject("id", UUID.class), rs.getString("instrument_id"), rs.getDouble("score"),
					rs.getInt("answered"), rs.getBoolean("prorated"), rs.getObject("measured_on", LocalDate.class),
					Source.valueOf(rs.getString("source")), rs.getString("label"),
					json.readValue(rs.getString("answers"), new TypeReference<LinkedHashMap<String, Integer>>() {
					})))
			.list();
		audit.record(AuditEntry.success("measure.list", "client", client));
		return found;
	}

	@Transactional
	public void withdraw(ClientId client, UUID measurement, String reason) {
		if (reason == null || reason.isBlank() || reason.strip().length() > 300) {
			throw new InvalidAnswers(List.of(new InvalidAnswers.Problem("reason", "required")));
		}
		List<String> series = jdbc.sql("""
				UPDATE outcomes_response SET withdrawn_at = ?, withdrawn_reason = ? WHERE id = ? AND client_id = ? AND withdrawn_at IS NULL
				RETURNING instrument_id, label
				""")
			.params(Timestamp.from(clock.instant()), reason.strip(), measurement, client.id())
			.query((rs, n) -> List.of(rs.getString("instrument_id"), rs.getString("label")))
			.optional()
			.orElseThrow(() -> new InvalidAnswers(List.of(new InvalidAnswers.Problem("measurement", "unknown-measurement"))));
		progress.refresh(client, series.get(0), series.get(1));
		audit.record(AuditEntry.success("measure.withdraw", "client", client));
	}

	/** A single-use link for the client to answer the given questionnaires, valid {@value #LINK_DAYS} days. */
	@Transactional
	public Issued issueLink(ClientId client, List<String> instrumentIds) {
		List<InvalidAnswers.Problem> problems = new ArrayList<>();
		if (!clients.exists(client)) {
			problems.add(new InvalidAnswers.Problem("client", "unknown-client"));
		}
		if (instrumentIds == null || instrumentIds.isEmpty() || instrumentIds.size() > 10) {
			problems.add(new InvalidAnswers.Problem("instruments", "required"));
		}
		else {
			instrumentIds.stream()
				.filter(id -> catalog.current().find(id).isEmpty())
				.forEach(id -> problems.add(new InvalidAnswers.Problem(id, "unknown-instrument")));
		}
		if (!problems.isEmpty()) {
			throw new InvalidAnswers(problems);
		}
		String token = SecretTokens.generate();
		Instant now = clock.instant();
		Issued issued = new Issued(UUID.randomUUID(), token, now.plus(Duration.ofDays(LINK_DAYS)));
		jdbc.sql("""
				INSERT INTO outcomes_link (id, client_id, instruments, token_hash, created_at, created_by, expires_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(issued.id(), client.id(), instrumentIds.toArray(String[]::new), SecretTokens.hash(token), Timestamp.from(now),
					CurrentUser.get().map(user -> user.id().id()).orElse(null), Timestamp.from(issued.expiresAt()))
			.update();
		audit.record(AuditEntry.success("measure-link.create", "client", client));
		timeline.add(client, "outcomes.link", false, "Questionnaire link created", null);
		return issued;
	}

	public Opened open(String token) {
		if (token == null || token.length() > 100) {
			return new Opened(LinkState.UNKNOWN, null, null, List.of());
		}
		return jdbc.sql("SELECT id, client_id, instruments, expires_at, used_at FROM outcomes_link WHERE token_hash = ?")
			.param(SecretTokens.hash(token))
			.query((rs, n) -> new Opened(rs.getTimestamp("used_at") != null ? LinkState.USED
					: rs.getTimestamp("expires_at").toInstant().isAfter(clock.instant()) ? LinkState.VALID : LinkState.EXPIRED,
					rs.getObject("id", UUID.class), new ClientId(rs.getObject("client_id", UUID.class)),
					List.of((String[]) rs.getArray("instruments").getArray())))
			.optional()
			.orElse(new Opened(LinkState.UNKNOWN, null, null, List.of()));
	}

	/**
	 * The client's answers through their link: every questionnaire is scored before anything is
	 * stored, and the link is used up in the same transaction, so a second submission stores nothing.
	 *
	 * @return the stored measures, or empty when the link was not valid (used, expired, unknown)
	 */
	@Transactional
	public List<Measurement> submit(String token, Map<String, Map<String, Integer>> answersByInstrument) {
		Opened opened = open(token);
		if (opened.state() != LinkState.VALID
				|| jdbc.sql("UPDATE outcomes_link SET used_at = ? WHERE id = ? AND used_at IS NULL AND expires_at > ?")
					.params(Timestamp.from(clock.instant()), opened.link(), Timestamp.from(clock.instant()))
					.update() != 1) {
			audit.record(new AuditActor(null, "client via questionnaire link"),
					AuditEntry.denied("measure-link.use", "client", opened.client(), "link " + opened.state().name().toLowerCase()));
			return List.of();
		}
		List<InvalidAnswers.Problem> problems = new ArrayList<>();
		for (String instrument : opened.instruments()) {
			Map<String, Integer> answers = answersByInstrument.getOrDefault(instrument, Map.of());
			try {
				Scoring.score(catalog.all().find(instrument).orElseThrow(), answers);
			}
			catch (InvalidAnswers invalid) {
				invalid.problems().forEach(problem -> problems.add(new InvalidAnswers.Problem(instrument + "." + problem.item(), problem.code())));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidAnswers(problems);
		}
		LocalDate today = clinic.today();
		List<Measurement> stored = new ArrayList<>();
		for (String instrument : opened.instruments()) {
			stored.add(store(opened.client(), instrument, answersByInstrument.get(instrument), today, Source.CLIENT_LINK, "",
					opened.link()));
		}
		audit.record(new AuditActor(null, "client via questionnaire link"),
				AuditEntry.success("measure-link.use", "client", opened.client()));
		return stored;
	}

	private Measurement store(ClientId client, String instrumentId, Map<String, Integer> answers, LocalDate on, Source source,
			String label, UUID link) {
		List<InvalidAnswers.Problem> problems = new ArrayList<>();
		Instrument instrument = instrumentId == null ? null
				: (source == Source.CLIENT_LINK ? catalog.all() : catalog.current()).find(instrumentId).orElse(null);
		if (instrument == null) {
			problems.add(new InvalidAnswers.Problem("instrument", "unknown-instrument"));
		}
		if (on == null || on.isAfter(clinic.today()) || on.isBefore(LocalDate.of(1990, 1, 1))) {
			problems.add(new InvalidAnswers.Problem("date", on == null ? "required" : "date"));
		}
		if (label != null && label.length() > 120) {
			problems.add(new InvalidAnswers.Problem("label", "too-long"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidAnswers(problems);
		}
		Score score = Scoring.score(instrument, answers);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO outcomes_response (id, client_id, instrument_id, answers, score, answered, prorated, measured_on, source,
				    label, link_id, created_at, created_by)
				VALUES (?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, client.id(), instrumentId, json.writeValueAsString(answers), score.value(), score.answered(),
					score.prorated(), on, source.name(), label == null ? "" : label.strip(), link, Timestamp.from(clock.instant()),
					CurrentUser.get().map(user -> user.id().id()).orElse(null))
			.update();
		progress.refresh(client, instrumentId, label == null ? "" : label.strip());
		timeline.add(client, "outcomes.measure", true, instrument.shortName() + " recorded", null);
		return new Measurement(id, instrumentId, score.value(), score.answered(), score.prorated(), on, source,
				label == null ? "" : label.strip(), new LinkedHashMap<>(answers));
	}

}
