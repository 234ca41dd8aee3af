package org.tonus.treatment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tonus.assessment.Assessment;
import org.tonus.assessment.AssessmentId;
import org.tonus.assessment.Assessments;
import org.tonus.charting.SoapNote;
import org.tonus.charting.SoapNotes;
import org.tonus.client.ClientId;
import org.tonus.client.ClientNotFound;
import org.tonus.client.ClientRegistry;
import org.tonus.client.ClientTimeline;
import org.tonus.identity.AuditEntry;
import org.tonus.identity.AuditLog;
import org.tonus.identity.AuditOutcome;
import org.tonus.identity.CurrentUser;
import org.tonus.identity.SignedInUser;
import org.tonus.knowledge.KnowledgeBase;

/**
 * The session runner's record: starting a session (past anything in the screen that stops
 * treatment only with an override), recording each technique with its dose (checked, and checked
 * against the screen), and finishing, which drafts the SOAP note. Every read and write is audited.
 */
@Component
public class TreatmentSessions {

	/** The longest hold or technique time accepted, in seconds. */
	public static final int MAX_SECONDS = 600;

	private final TreatmentSessionRepository sessions;

	private final ClientRegistry clients;

	private final ClientTimeline timeline;

	private final TreatmentPlans plans;

	private final Assessments assessments;

	private final SafetyCheck safety;

	private final SessionNoteDraft drafts;

	private final SoapNotes notes;

	private final KnowledgeBase knowledge;

	private final AuditLog audit;

	private final Clock clock;

	TreatmentSessions(TreatmentSessionRepository sessions, ClientRegistry clients, ClientTimeline timeline, TreatmentPlans plans,
			Assessments assessments, SafetyCheck safety, SessionNoteDraft drafts, SoapNotes notes, KnowledgeBase knowledge,
			AuditLog audit, Clock clock) {
		this.sessions = sessions;
		this.clients = clients;
		this.timeline = timeline;
		this.plans = plans;
		this.assessments = assessments;
		this.safety = safety;
		this.drafts = drafts;
		this.notes = notes;
		this.knowledge = knowledge;
		this.audit = audit;
		this.clock = clock;
	}

	/** Thrown when the screen asks for an override (or forbids treatment); nothing was stored. */
	public static class ContraindicationStop extends RuntimeException {

		private final SafetyCheck.Verdict verdict;

		ContraindicationStop(SafetyCheck.Verdict verdict) {
			super("The contraindication screen stops this treatment: " + verdict.items());
			this.verdict = verdict;
		}

		public SafetyCheck.Verdict verdict() {
			return verdict;
		}

	}

	/**
	 * Starts a session (or returns the client's session of that day that is still open). A refusal
	 * is audited; nothing else is stored.
	 */
	@Transactional(noRollbackFor = ContraindicationStop.class)
	public SessionId start(ClientId client, LocalDate visitDate, String report, String painBefore, String overrideReason) {
		if (!clients.exists(client)) {
			throw new ClientNotFound();
		}
		Optional<SessionId> open = sessions.open(client, visitDate);
		if (open.isPresent()) {
			return open.get();
		}
		Map<String, String> errors = new LinkedHashMap<>();
		Integer pain = score(painBefore, "painBefore", errors);
		String text = report == null ? "" : report.strip();
		if (text.length() > 4000) {
			errors.put("report", "session.error.too-long");
		}
		if (!errors.isEmpty()) {
			throw new InvalidTreatment(errors);
		}
		SafetyCheck.Verdict verdict = safety.beforeSession(client);
		String reason = overrideReason == null ? "" : overrideReason.strip();
		if (verdict.level() == SafetyCheck.Level.BLOCKED
				|| (verdict.level() == SafetyCheck.Level.OVERRIDE && (reason.isEmpty() || reason.length() > 500))) {
			audit.record(new AuditEntry("session.start", "client", client.toString(), AuditOutcome.DENIED,
					"contraindication " + String.join(",", verdict.items())));
			throw new ContraindicationStop(verdict);
		}
		SessionId id = new SessionId(UUID.randomUUID());
		UUID assessment = assessments.idOnVisit(client, visitDate).map(AssessmentId::id).orElse(null);
		PlanId plan = plans.currentWithoutAudit(client).map(TreatmentPlan::id).orElse(null);
		sessions.insert(id, client, plan, assessment, visitDate, text, pain, clock.instant(), userId());
		audit.record(AuditEntry.success("session.start", "session", id));
		if (verdict.level() == SafetyCheck.Level.OVERRIDE) {
			override(id, ContraindicationOverride.SESSION, verdict, reason);
		}
		return id;
	}

	@Transactional
	public TreatmentSession read(ClientId client, SessionId id) {
		TreatmentSession session = load(client, id);
		audit.record(AuditEntry.success("session.read", "session", id));
		return session;
	}

	/** The client's newest sessions, for lists (no clinical detail). */
	public List<SessionSummary> summaries(ClientId client) {
		return sessions.summaries(client, 20);
	}

	/** The client's newest finished session in which something was recorded (audited as a read). */
	@Transactional
	public Optional<TreatmentSession> latestTreated(ClientId client) {
		Optional<TreatmentSession> session = sessions.latestTreated(client);
		session.ifPresent(found -> audit.record(AuditEntry.success("session.read", "session", found.id())));
		return session;
	}

	/** Records one technique at one point. A refusal by the screen is audited; nothing else is stored. */
	@Transactional(noRollbackFor = ContraindicationStop.class)
	public Application record(ClientId client, SessionId id, ApplicationRequest request) {
		TreatmentSession session = load(client, id);
		if (session.finished()) {
			throw new InvalidTreatment(Map.of("session", "session.error.finished"));
		}
		Map<String, String> errors = new LinkedHashMap<>();
		TreatmentPlans.PointRef point = TreatmentPlans.PointRef.parse(request.point(), knowledge).orElse(null);
		if (point == null) {
			errors.put("point", "session.error.point");
		}
		String side = request.side();
		if (!"left".equals(side) && !"right".equals(side) && !"midline".equals(side)) {
			errors.put("side", "session.error.side");
		}
		Technique technique = parse(Technique.class, request.technique());
		if (technique == null) {
			errors.put("technique", "session.error.technique");
		}
		Integer hold = bounded(request.holdSeconds(), 1, MAX_SECONDS, "holdSeconds", "session.error.hold", errors);
		Integer repetitions = bounded(request.repetitions(), 1, 20, "repetitions", "session.error.repetitions", errors);
		Integer pressure = bounded(request.pressure(), 1, 5, "pressure", "session.error.pressure", errors);
		Contact contact = null;
		if (!blank(request.contact())) {
			contact = parse(Contact.class, request.contact());
			if (contact == null) {
				errors.put("contact", "session.error.contact");
			}
		}
		Integer discomfort = score(request.discomfort(), "discomfort", errors);
		Release release = null;
		if (!blank(request.release())) {
			release = parse(Release.class, request.release());
			if (release == null) {
				errors.put("release", "session.error.release");
			}
		}
		Application.Pir pir = null;
		if (technique == Technique.POST_ISOMETRIC_RELAXATION) {
			pir = new Application.Pir(
					bounded(request.contractionSeconds(), 1, 60, "contractionSeconds", "session.error.contraction", errors),
					bounded(request.effortPercent(), 1, 100, "effortPercent", "session.error.effort", errors),
					bounded(request.relaxationSeconds(), 1, 120, "relaxationSeconds", "session.error.relaxation", errors),
					bounded(request.cycles(), 1, 10, "cycles", "session.error.cycles", errors),
					bounded(request.romBefore(), -30, 200, "romBefore", "session.error.rom", errors),
					bounded(request.romAfter(), -30, 200, "romAfter", "session.error.rom", errors));
			if (pir.cycles() == null && !errors.containsKey("cycles")) {
				errors.put("cycles", "session.error.cycles");
			}
			hold = null;
		}
		else if (technique == Technique.ISCHEMIC_COMPRESSION) {
			if (hold == null && !errors.containsKey("holdSeconds")) {
				errors.put("holdSeconds", "session.error.hold");
			}
			if (pressure == null && !errors.containsKey("pressure")) {
				errors.put("pressure", "session.error.pressure");
			}
		}
		String note = request.note() == null ? "" : request.note().strip();
		if (note.length() > 1000) {
			errors.put("note", "session.error.too-long");
		}
		if (!errors.isEmpty()) {
			throw new InvalidTreatment(errors);
		}
		SafetyCheck.Verdict verdict = safety.atPoint(client, point.muscle().id(), point.index(), side, technique, pressure);
		String reason = request.overrideReason() == null ? "" : request.overrideReason().strip();
		if (verdict.level() == SafetyCheck.Level.BLOCKED
				|| (verdict.level() == SafetyCheck.Level.OVERRIDE && (reason.isEmpty() || reason.length() > 500))) {
			audit.record(new AuditEntry("session.apply", "session", id.toString(), AuditOutcome.DENIED,
					"contraindication " + String.join(",", verdict.items())));
			throw new ContraindicationStop(verdict);
		}
		UUID override = verdict.level() == SafetyCheck.Level.OVERRIDE
				? override(id, point.key() + "|" + side, verdict, reason) : null;
		Application application = new Application(UUID.randomUUID(), sessions.nextPosition(id), point.muscle().id(),
				point.index(), side, technique, hold, repetitions, pressure, contact, discomfort, release, pir, note, override,
				clock.instant());
		sessions.insertApplication(id, application, userId());
		audit.record(AuditEntry.success("session.apply", "session", id));
		return application;
	}

	/** Ends the session and drafts its SOAP note; returns the note. */
	@Transactional
	public SoapNote finish(ClientId client, SessionId id, String painAfter, String closingNote) {
		TreatmentSession session = load(client, id);
		Map<String, String> errors = new LinkedHashMap<>();
		Integer pain = score(painAfter, "painAfter", errors);
		String note = closingNote == null ? "" : closingNote.strip();
		if (note.length() > 4000) {
			errors.put("closingNote", "session.error.too-long");
		}
		if (!errors.isEmpty()) {
			throw new InvalidTreatment(errors);
		}
		if (!sessions.finish(id, pain, note, clock.instant())) {
			throw new InvalidTreatment(Map.of("session", "session.error.finished"));
		}
		Instant now = clock.instant();
		TreatmentSession finished = new TreatmentSession(session.id(), client, session.plan(), session.assessment(),
				session.visitDate(), session.clientReport(), session.painBefore(), pain, note, session.startedAt(), now, null,
				session.applications(), session.overrides());
		Assessment assessment = session.assessment() == null ? null
				: assessments.read(client, new AssessmentId(session.assessment()));
		TreatmentPlan plan = session.plan() == null ? null : plans.read(client, session.plan()).orElse(null);
		SoapNote draft = notes.startDraft(client, session.visitDate(), drafts.draft(finished, assessment, plan));
		sessions.linkNote(id, draft.id().id());
		audit.record(AuditEntry.success("session.finish", "session", id));
		timeline.add(client, "treatment.session", true,
				"Treatment session: " + finished.applications().size() + " technique(s) at "
						+ finished.applications().stream().map(Application::pointKey).distinct().count() + " point(s)",
				"/clients/" + client + "/sessions/" + id);
		return draft;
	}

	private UUID override(SessionId session, String scope, SafetyCheck.Verdict verdict, String reason) {
		SignedInUser user = CurrentUser.get().orElse(null);
		ContraindicationOverride override = new ContraindicationOverride(UUID.randomUUID(), scope, verdict.items(), reason,
				clock.instant(), user == null ? null : user.name());
		sessions.insertOverride(session, override, userId());
		audit.record(new AuditEntry("session.override", "session", session.toString(), AuditOutcome.SUCCESS,
				String.join(",", verdict.items())));
		return override.id();
	}

	private TreatmentSession load(ClientId client, SessionId id) {
		return sessions.find(id).filter(found -> found.client().equals(client)).orElseThrow(TreatmentNotFound::new);
	}

	private static Integer score(String text, String field, Map<String, String> errors) {
		return bounded(text, 0, 10, field, "session.error.score", errors);
	}

	private static Integer bounded(String text, int min, int max, String field, String message,
			Map<String, String> errors) {
		if (blank(text)) {
			return null;
		}
		try {
			int value = Integer.parseInt(text.strip());
			if (value >= min && value <= max) {
				return value;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		errors.put(field, message);
		return null;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String text) {
		try {
			return text == null ? null : Enum.valueOf(type, text);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static UUID userId() {
		return CurrentUser.get().map(user -> user.id().id()).orElse(null);
	}

}
