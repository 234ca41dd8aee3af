package org.tonus.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tonus.client.ClientId;
import org.tonus.client.ClientNotFound;
import org.tonus.client.ClientRegistry;
import org.tonus.identity.AuditEntry;
import org.tonus.identity.AuditLog;
import org.tonus.identity.CurrentUser;
import org.tonus.intake.IntakeForms;
import org.tonus.knowledge.KnowledgeBase;
import org.tonus.knowledge.Muscle;
import org.tonus.knowledge.Side;
import org.tonus.referral.Analysis;
import org.tonus.referral.PainDrawing;
import org.tonus.referral.ReferralEngine;

/**
 * Records a visit's assessment. Every entry is checked against the knowledge base and the
 * measurement ranges before anything is stored, and every read and write is audited.
 */
@Component
public class Assessments {

	static final int SUGGESTIONS_KEPT = 8;

	private final AssessmentRepository repository;

	private final ClientRegistry clients;

	private final KnowledgeBase knowledge;

	private final ReferralEngine engine;

	private final RomNormals normals;

	private final AuditLog audit;

	private final IntakeForms intakes;

	private final Clock clock;

	Assessments(AssessmentRepository repository, ClientRegistry clients, KnowledgeBase knowledge, ReferralEngine engine,
			RomNormals normals, AuditLog audit, IntakeForms intakes, Clock clock) {
		this.intakes = intakes;
		this.repository = repository;
		this.clients = clients;
		this.knowledge = knowledge;
		this.engine = engine;
		this.normals = normals;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The client's assessment of {@code visitDate}, started now if there is none yet; a new one
	 * starts with the activities from the client's newest questionnaire ticked.
	 */
	@Transactional
	public AssessmentId forVisit(ClientId client, LocalDate visitDate) {
		if (!clients.exists(client)) {
			throw new ClientNotFound();
		}
		return repository.onDate(client, visitDate).orElseGet(() -> {
			AssessmentId id = AssessmentId.random();
			Set<String> activities = new LinkedHashSet<>();
			intakes.latest(client)
				.ifPresent(intake -> intake.answers().activities().stream().filter(a -> knowledge.activity(a).isPresent())
					.forEach(activities::add));
			repository.insert(id, client, visitDate, activities, author(), clock.instant());
			audit.record(AuditEntry.success("assessment.create", "assessment", id));
			return id;
		});
	}

	@Transactional
	public Assessment read(ClientId client, AssessmentId id) {
		Assessment assessment = load(client, id);
		audit.record(AuditEntry.success("assessment.read", "assessment", id));
		return assessment;
	}

	/** Which assessment belongs to the client's visit of {@code visitDate}, if one was started (no detail read). */
	public java.util.Optional<AssessmentId> idOnVisit(ClientId client, LocalDate visitDate) {
		return repository.onDate(client, visitDate);
	}

	/** The client's assessment of {@code visitDate}, if one was started (audited as a read). */
	@Transactional
	public java.util.Optional<Assessment> onVisit(ClientId client, LocalDate visitDate) {
		return repository.onDate(client, visitDate).map(id -> read(client, id));
	}

	/** The client's assessments, newest first, without their details. */
	public List<Assessment> of(ClientId client) {
		return repository.of(client, 20)
			.stream()
			.map(header -> new Assessment(header.id(), header.client(), header.visitDate(), header.marks(),
					header.activities(), header.suggestions(), header.posture(), List.of(), List.of(), List.of(),
					header.version(), header.updatedAt()))
			.toList();
	}

	/**
	 * The client's assessments, newest first, with what was measured in them (palpation findings and
	 * ranges of motion; three queries however many), for outcome trends. Audited as a read.
	 */
	@Transactional
	public List<Assessment> withMeasurements(ClientId client) {
		List<AssessmentRepository.Header> headers = repository.of(client, 200);
		List<AssessmentId> ids = headers.stream().map(AssessmentRepository.Header::id).toList();
		var findings = ids.isEmpty() ? java.util.Map.<AssessmentId, List<PalpationFinding>>of() : repository.findings(ids);
		var ranges = ids.isEmpty() ? java.util.Map.<AssessmentId, List<RangeOfMotion>>of() : repository.ranges(ids);
		audit.record(AuditEntry.success("assessment.measures", "client", client));
		return headers.stream()
			.map(header -> new Assessment(header.id(), header.client(), header.visitDate(), header.marks(),
					header.activities(), header.suggestions(), header.posture(), findings.getOrDefault(header.id(), List.of()),
					List.of(), ranges.getOrDefault(header.id(), List.of()), header.version(), header.updatedAt()))
			.toList();
	}

	/** Stores the drawing and what the engine suggests for it now; returns the analysis for display. */
	@Transactional
	public Analysis saveDrawing(ClientId client, AssessmentId id, PainDrawing drawing) {
		load(client, id);
		for (var mark : drawing.marks()) {
			if (knowledge.region(mark.region()).isEmpty()) {
				throw new InvalidAssessment(Map.of("drawing", "assessment.error.region"));
			}
		}
		Set<String> activities = new LinkedHashSet<>();
		for (String activity : drawing.activities()) {
			if (knowledge.activity(activity).isEmpty()) {
				throw new InvalidAssessment(Map.of("activities", "assessment.error.activity"));
			}
			activities.add(activity);
		}
		Analysis analysis = engine.analyse(drawing, SUGGESTIONS_KEPT);
		repository.saveDrawing(id, drawing.marks(), activities, analysis.candidates()
			.stream()
			.map(candidate -> new Suggestion(candidate.muscle(), candidate.side(), round(candidate.score())))
			.toList(), clock.instant());
		audit.record(AuditEntry.success("assessment.drawing", "assessment", id));
		return analysis;
	}

	@Transactional
	public void savePosture(ClientId client, AssessmentId id, String posture) {
		load(client, id);
		String text = posture == null ? "" : posture.strip();
		if (text.length() > 4000) {
			throw new InvalidAssessment(Map.of("posture", "assessment.error.too-long"));
		}
		repository.savePosture(id, text, clock.instant());
		audit.record(AuditEntry.success("assessment.posture", "assessment", id));
	}

	@Transactional
	public PalpationFinding recordFinding(ClientId client, AssessmentId id, FindingRequest request) {
		load(client, id);
		Map<String, String> errors = new LinkedHashMap<>();
		String muscle = null;
		int index = -1;
		String point = request.point() == null ? "" : request.point();
		int hash = point.indexOf('#');
		if (hash > 0) {
			muscle = point.substring(0, hash);
			index = parseInt(point.substring(hash + 1), -1);
		}
		Muscle known = muscle == null ? null : knowledge.muscle(muscle).orElse(null);
		if (known == null || index < 0 || index >= known.triggerPoints().size()) {
			errors.put("point", "assessment.error.point");
		}
		String side = request.side();
		if (!"left".equals(side) && !"right".equals(side) && !"midline".equals(side)) {
			errors.put("side", "assessment.error.side");
		}
		TriggerPointState state = "LATENT".equals(request.state()) ? TriggerPointState.LATENT
				: "ACTIVE".equals(request.state()) ? TriggerPointState.ACTIVE : null;
		if (state == null) {
			errors.put("state", "assessment.error.state");
		}
		String referredTo = blankToNull(request.referredTo());
		if (referredTo != null && knowledge.region(referredTo).isEmpty()) {
			errors.put("referredTo", "assessment.error.region");
		}
		if (referredTo != null && !request.referralReproduced()) {
			errors.put("referredTo", "assessment.error.referral-without-reproduction");
		}
		Integer tenderness = null;
		if (blankToNull(request.tenderness()) != null) {
			tenderness = parseInt(request.tenderness().strip(), -1);
			if (tenderness < 0 || tenderness > 10) {
				errors.put("tenderness", "assessment.error.tenderness");
			}
		}
		BigDecimal threshold = null;
		if (blankToNull(request.pressureThreshold()) != null) {
			try {
				threshold = new BigDecimal(request.pressureThreshold().strip().replace(',', '.'));
				if (threshold.signum() <= 0 || threshold.compareTo(BigDecimal.valueOf(20)) > 0 || threshold.scale() > 1) {
					errors.put("pressureThreshold", "assessment.error.threshold");
				}
			}
			catch (NumberFormatException e) {
				errors.put("pressureThreshold", "assessment.error.threshold");
			}
		}
		String note = request.note() == null ? "" : request.note().strip();
		if (note.length() > 1000) {
			errors.put("note", "assessment.error.too-long");
		}
		if (!errors.isEmpty()) {
			throw new InvalidAssessment(errors);
		}
		PalpationFinding finding = new PalpationFinding(UUID.randomUUID(), muscle, index, side, state, request.tautBand(),
				request.twitchResponse(), request.referralReproduced(), referredTo, tenderness, threshold, note,
				clock.instant());
		repository.insertFinding(id, finding, author());
		repository.touch(id, clock.instant());
		audit.record(AuditEntry.success("assessment.finding", "assessment", id));
		return finding;
	}

	@Transactional
	public AreaFinding recordArea(ClientId client, AssessmentId id, AreaRequest request) {
		load(client, id);
		Map<String, String> errors = new LinkedHashMap<>();
		String place = request.place() == null ? "" : request.place();
		String region = place.contains("|") ? place.substring(0, place.indexOf('|')) : place;
		String side = place.contains("|") ? place.substring(place.indexOf('|') + 1) : null;
		if (knowledge.region(region).isEmpty() || (side != null && Side.parse(side) == null)) {
			errors.put("place", "assessment.error.region");
		}
		NmtElement element = parseEnum(NmtElement.class, request.element());
		if (element == null) {
			errors.put("element", "assessment.error.element");
		}
		NmtElement.Entrapment entrapment = parseEnum(NmtElement.Entrapment.class, request.entrapment());
		if (element == NmtElement.NERVE_ENTRAPMENT && entrapment == null) {
			errors.put("entrapment", "assessment.error.entrapment");
		}
		String note = request.note() == null ? "" : request.note().strip();
		if (note.length() > 1000) {
			errors.put("note", "assessment.error.too-long");
		}
		if (!errors.isEmpty()) {
			throw new InvalidAssessment(errors);
		}
		AreaFinding area = new AreaFinding(UUID.randomUUID(), region, side, element,
				element == NmtElement.NERVE_ENTRAPMENT ? entrapment : null, note, clock.instant());
		repository.insertArea(id, area, author());
		repository.touch(id, clock.instant());
		audit.record(AuditEntry.success("assessment.element", "assessment", id));
		return area;
	}

	@Transactional
	public RangeOfMotion recordRange(ClientId client, AssessmentId id, RangeRequest request) {
		load(client, id);
		Map<String, String> errors = new LinkedHashMap<>();
		String key = request.movement() == null ? "" : request.movement();
		RomNormals.Movement movement = key.contains(".")
				? normals.movement(key.substring(0, key.indexOf('.')), key.substring(key.indexOf('.') + 1)).orElse(null)
				: null;
		if (movement == null) {
			errors.put("movement", "assessment.error.movement");
		}
		String side = blankToNull(request.side());
		if (movement != null && movement.sided() && !"left".equals(side) && !"right".equals(side)) {
			errors.put("side", "assessment.error.rom-side");
		}
		int measured = parseInt(request.measured() == null ? "" : request.measured().strip(), Integer.MIN_VALUE);
		if (measured < -30 || measured > 200) {
			errors.put("measured", "assessment.error.measured");
		}
		if (!errors.isEmpty()) {
			throw new InvalidAssessment(errors);
		}
		RangeOfMotion range = new RangeOfMotion(UUID.randomUUID(), movement.joint(), movement.id(),
				movement.sided() ? side : null, measured, request.painful(), clock.instant());
		repository.insertRange(id, range, author());
		repository.touch(id, clock.instant());
		audit.record(AuditEntry.success("assessment.range", "assessment", id));
		return range;
	}

	/** Marks a finding, element or range as entered in error; it stays in the record. */
	@Transactional
	public void withdraw(ClientId client, AssessmentId id, String kind, UUID recordId) {
		load(client, id);
		AssessmentRepository.Record record = switch (kind) {
			case "finding" -> AssessmentRepository.Record.FINDING;
			case "area" -> AssessmentRepository.Record.AREA;
			case "range" -> AssessmentRepository.Record.RANGE;
			default -> throw new AssessmentNotFound();
		};
		if (!repository.withdraw(id, record, recordId, author(), clock.instant())) {
			throw new AssessmentNotFound();
		}
		repository.touch(id, clock.instant());
		audit.record(AuditEntry.success("assessment.withdraw", "assessment", id));
	}

	private Assessment load(ClientId client, AssessmentId id) {
		AssessmentRepository.Header header = repository.header(id)
			.filter(found -> found.client().equals(client))
			.orElseThrow(AssessmentNotFound::new);
		return new Assessment(header.id(), header.client(), header.visitDate(), header.marks(), header.activities(),
				header.suggestions(), header.posture(), repository.findings(id), repository.areas(id), repository.ranges(id),
				header.version(), header.updatedAt());
	}

	private static double round(double score) {
		return Math.round(score * 1000) / 1000.0;
	}

	private static int parseInt(String text, int fallback) {
		try {
			return Integer.parseInt(text);
		}
		catch (NumberFormatException e) {
			return fallback;
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static <E extends Enum<E>> E parseEnum(Class<E> type, String text) {
		try {
			return text == null ? null : Enum.valueOf(type, text);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static UUID author() {
		return CurrentUser.get().map(user -> user.id().id()).orElse(null);
	}

}
