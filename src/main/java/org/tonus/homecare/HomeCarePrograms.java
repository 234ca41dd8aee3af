package org.tonus.homecare;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tonus.assessment.Assessments;
import org.tonus.atlas.BodyMapImage;
import org.tonus.client.Client;
import org.tonus.client.ClientId;
import org.tonus.client.ClientRegistry;
import org.tonus.client.ClientTimeline;
import org.tonus.identity.AuditEntry;
import org.tonus.identity.AuditLog;
import org.tonus.identity.AuditOutcome;
import org.tonus.identity.CurrentUser;
import org.tonus.identity.SignedInUser;
import org.tonus.intake.IntakeForms;
import org.tonus.system.ClinicProfile;
import org.tonus.system.ClinicProfiles;
import org.tonus.system.PdfDocuments;
import org.tonus.treatment.Application;
import org.tonus.treatment.TreatmentSession;
import org.tonus.treatment.TreatmentSessions;

/**
 * Home-care programs: proposed from the newest session, edited while a draft, sent as a secret link
 * (valid {@value #LINK_DAYS} days; only its hash is kept), opened by the client through that link,
 * printed as a PDF with the muscles marked, and followed up with adherence. Every read and write is
 * audited, including the client's views through the link.
 */
@Component
public class HomeCarePrograms {

	public static final int LINK_DAYS = 180;

	public static final int MAX_TEXT = 3000;

	private final ProgramRepository programs;

	private final ProgramGenerator generator;

	private final TreatmentSessions sessions;

	private final Assessments assessments;

	private final IntakeForms intakes;

	private final ClientRegistry clients;

	private final ClientTimeline timeline;

	private final ClinicProfiles clinics;

	private final HomeCareMailer mailer;

	private final PdfDocuments documents;

	private final BodyMapImage bodyMap;

	private final AuditLog audit;

	private final Clock clock;

	HomeCarePrograms(ProgramRepository programs, ProgramGenerator generator, TreatmentSessions sessions,
			Assessments assessments, IntakeForms intakes, ClientRegistry clients, ClientTimeline timeline,
			ClinicProfiles clinics, HomeCareMailer mailer, PdfDocuments documents, BodyMapImage bodyMap, AuditLog audit,
			Clock clock) {
		this.programs = programs;
		this.generator = generator;
		this.sessions = sessions;
		this.assessments = assessments;
		this.intakes = intakes;
		this.clients = clients;
		this.timeline = timeline;
		this.clinics = clinics;
		this.mailer = mailer;
		this.documents = documents;
		this.bodyMap = bodyMap;
		this.audit = audit;
		this.clock = clock;
	}

	/** What happened when a program was sent: the link, and whether it went by e-mail (or why not). */
	public record Sent(String link, boolean mailed, String problem) {
	}

	/** Proposes a program from the client's newest finished session. */
	@Transactional
	public HomeCareProgram propose(ClientId client) {
		TreatmentSession session = sessions.latestTreated(client)
			.orElseThrow(() -> new InvalidProgram(Map.of("session", "homecare.error.no-session")));
		List<ProgramGenerator.Treated> treated = new ArrayList<>();
		for (Application application : session.applications()) {
			treated.add(new ProgramGenerator.Treated(application.muscle(), application.triggerPoint(), application.side()));
		}
		Set<String> activities = new LinkedHashSet<>();
		assessments.onVisit(client, session.visitDate()).ifPresent(found -> activities.addAll(found.activities()));
		intakes.latest(client).ifPresent(intake -> activities.addAll(intake.answers().activities()));
		ProgramId id = new ProgramId(UUID.randomUUID());
		SignedInUser user = CurrentUser.get().orElse(null);
		programs.insert(id, client, session.id().id(), generator.items(treated, activities), ProgramGenerator.DEFAULT_FREQUENCY,
				clock.instant(), user == null ? null : user.id().id(), user == null ? null : user.name());
		audit.record(AuditEntry.success("homecare.create", "homecare", id));
		return programs.find(id).orElseThrow();
	}

	@Transactional
	public HomeCareProgram read(ClientId client, ProgramId id) {
		HomeCareProgram program = load(client, id);
		audit.record(AuditEntry.success("homecare.read", "homecare", id));
		return program;
	}

	/** The client's newest programs, for lists (no clinical detail). */
	public List<ProgramSummary> summaries(ClientId client) {
		return programs.summaries(client);
	}

	/**
	 * Saves the therapist's edits of a draft: the text of each item kept ({@code texts} in item order,
	 * null for an item left out), how often, and a note.
	 */
	@Transactional
	public HomeCareProgram save(ClientId client, ProgramId id, int version, List<String> texts, String frequency,
			String note) {
		HomeCareProgram program = load(client, id);
		if (program.sent()) {
			throw new InvalidProgram(Map.of("program", "homecare.error.sent"));
		}
		Map<String, String> errors = new LinkedHashMap<>();
		List<ProgramItem> kept = new ArrayList<>();
		for (int i = 0; i < program.items().size(); i++) {
			String text = i < texts.size() ? texts.get(i) : null;
			if (text == null) {
				continue;
			}
			if (text.isBlank() || text.length() > MAX_TEXT) {
				errors.put("item" + i, "homecare.error.text");
				continue;
			}
			kept.add(program.items().get(i).withText(text.strip()));
		}
		if (kept.isEmpty() && errors.isEmpty()) {
			errors.put("items", "homecare.error.empty");
		}
		String often = frequency == null ? "" : frequency.strip();
		if (often.isEmpty() || often.length() > 1000) {
			errors.put("frequency", "homecare.error.frequency");
		}
		String remark = note == null ? "" : note.strip();
		if (remark.length() > 2000) {
			errors.put("note", "homecare.error.note");
		}
		if (!errors.isEmpty()) {
			throw new InvalidProgram(errors);
		}
		if (!programs.save(id, version, kept, often, remark)) {
			throw new InvalidProgram(Map.of("program", "homecare.error.stale"));
		}
		audit.record(AuditEntry.success("homecare.save", "homecare", id));
		return programs.find(id).orElseThrow();
	}

	/**
	 * Sends the program: issues a new link (any earlier one stops working) and e-mails it if asked and
	 * possible; the address is recorded only once the mail server accepted the message.
	 */
	@Transactional
	public Sent send(ClientId client, ProgramId id, String baseUrl, boolean email) {
		HomeCareProgram program = load(client, id);
		if (program.items().isEmpty()) {
			throw new InvalidProgram(Map.of("items", "homecare.error.empty"));
		}
		Client person = clients.findWithoutAudit(client).orElseThrow(ProgramNotFound::new);
		String token = org.tonus.system.SecretTokens.generate();
		Instant now = clock.instant();
		Instant expires = now.plus(Duration.ofDays(LINK_DAYS));
		String to = person.details().email();
		programs.markSent(id, org.tonus.system.SecretTokens.hash(token), now, expires);
		String link = baseUrl + "/home-care/" + token;
		audit.record(AuditEntry.success("homecare.send", "homecare", id));
		timeline.add(client, "homecare.sent", true, program.sent() ? "Home-care program sent again" : "Home-care program sent",
				"/clients/" + client + "/home-care/" + id);
		if (!email) {
			return new Sent(link, false, null);
		}
		if (to == null || to.isBlank()) {
			return new Sent(link, false, "homecare.sent.no-email");
		}
		if (!mailer.configured()) {
			return new Sent(link, false, "homecare.sent.mail-off");
		}
		ClinicProfile clinic = clinics.current().orElse(new ClinicProfile("Tonus", ZoneOffset.UTC));
		boolean mailed = mailer.send(to, person.details().preferredName() == null ? person.details().givenName()
				: person.details().preferredName(), clinic.name(), link, expires, clinic.timeZone());
		if (mailed) {
			programs.mailedTo(id, to);
		}
		return new Sent(link, mailed, mailed ? null : "homecare.sent.mail-failed");
	}

	/** The program behind a link, if the link is valid; the view is audited. */
	@Transactional
	public Optional<HomeCareProgram> open(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		Optional<HomeCareProgram> program = programs.byToken(org.tonus.system.SecretTokens.hash(token))
			.filter(found -> found.tokenExpiresAt() != null && found.tokenExpiresAt().isAfter(clock.instant()));
		program.ifPresentOrElse(found -> {
			programs.viewed(found.id(), clock.instant());
			audit.record(new AuditEntry("homecare.view", "homecare", found.id().toString(), AuditOutcome.SUCCESS, "client link"));
		}, () -> audit.record(new AuditEntry("homecare.view", "homecare", null, AuditOutcome.DENIED, "unknown or expired link")));
		return program;
	}

	/** The client's program as a PDF (audited as a print). */
	@Transactional
	public byte[] pdf(ClientId client, ProgramId id, Locale locale) {
		return pdf(load(client, id), locale);
	}

	/** The program as a PDF with its muscles marked on the body map (audited as a print). */
	@Transactional
	public byte[] pdf(HomeCareProgram program, Locale locale) {
		Client person = clients.findWithoutAudit(program.client()).orElseThrow(ProgramNotFound::new);
		ClinicProfile clinic = clinics.current().orElse(new ClinicProfile("Tonus", ZoneOffset.UTC));
		audit.record(AuditEntry.success("homecare.print", "homecare", program.id()));
		String map = "data:image/png;base64,"
				+ Base64.getEncoder().encodeToString(bodyMap.png(Set.copyOf(program.markedPlaces()), 1.5));
		return documents.render("homecare/program-pdf",
				Map.of("program", program, "client", person, "clinic", clinic, "bodyMap", map), locale);
	}

	@Transactional
	public void recordAdherence(ClientId client, ProgramId id, String level, String note) {
		load(client, id);
		HomeCareProgram.Adherence.Level parsed;
		try {
			parsed = HomeCareProgram.Adherence.Level.valueOf(level == null ? "" : level);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidProgram(Map.of("level", "homecare.error.level"));
		}
		String text = note == null ? "" : note.strip();
		if (text.length() > 1000) {
			throw new InvalidProgram(Map.of("adherenceNote", "homecare.error.note"));
		}
		programs.insertAdherence(id, new HomeCareProgram.Adherence(parsed, text, clock.instant()),
				CurrentUser.get().map(user -> user.id().id()).orElse(null));
		audit.record(AuditEntry.success("homecare.adherence", "homecare", id));
	}

	private HomeCareProgram load(ClientId client, ProgramId id) {
		return programs.find(id).filter(found -> found.client().equals(client)).orElseThrow(ProgramNotFound::new);
	}

}
