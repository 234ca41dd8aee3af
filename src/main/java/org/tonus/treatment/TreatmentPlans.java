package org.tonus.treatment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tonus.assessment.RomNormals;
import org.tonus.client.ClientId;
import org.tonus.client.ClientNotFound;
import org.tonus.client.ClientRegistry;
import org.tonus.client.ClientTimeline;
import org.tonus.identity.AuditEntry;
import org.tonus.identity.AuditLog;
import org.tonus.identity.CurrentUser;
import org.tonus.identity.SignedInUser;
import org.tonus.knowledge.KnowledgeBase;
import org.tonus.knowledge.Muscle;

/**
 * Treatment plans: checks a plan before storing it as the client's newest version, and steps the
 * visit frequency down (or back up). Every read and write is audited.
 */
@Component
public class TreatmentPlans {

	static final int MAX_TARGETS = 40;

	private final PlanRepository plans;

	private final ClientRegistry clients;

	private final ClientTimeline timeline;

	private final KnowledgeBase knowledge;

	private final RomNormals normals;

	private final AuditLog audit;

	private final Clock clock;

	TreatmentPlans(PlanRepository plans, ClientRegistry clients, ClientTimeline timeline, KnowledgeBase knowledge,
			RomNormals normals, AuditLog audit, Clock clock) {
		this.plans = plans;
		this.clients = clients;
		this.timeline = timeline;
		this.knowledge = knowledge;
		this.normals = normals;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public Optional<TreatmentPlan> current(ClientId client) {
		Optional<TreatmentPlan> plan = plans.current(client);
		plan.ifPresent(found -> audit.record(AuditEntry.success("plan.read", "plan", found.id())));
		return plan;
	}

	/** One version of the client's plan (the one a session followed, say). */
	@Transactional
	public Optional<TreatmentPlan> read(ClientId client, PlanId id) {
		Optional<TreatmentPlan> plan = plans.find(id).filter(found -> found.client().equals(client));
		plan.ifPresent(found -> audit.record(AuditEntry.success("plan.read", "plan", found.id())));
		return plan;
	}

	/** When a client is next due: their plan's current interval after their latest session (or the plan's start). */
	public record FollowUp(ClientId client, TreatmentPlan.Phase phase, LocalDate lastVisit, LocalDate due) {
	}

	/** Every client with a plan and a visit frequency, with the date their next visit is due; no clinical detail. */
	public List<FollowUp> followUps() {
		return plans.currentWithLastVisit().stream()
			.filter(entry -> entry.getKey().phase() != null)
			.map(entry -> {
				TreatmentPlan plan = entry.getKey();
				LocalDate last = entry.getValue().equals(LocalDate.MIN) ? null : entry.getValue();
				LocalDate from = last != null ? last : plan.createdAt().atZone(java.time.ZoneOffset.UTC).toLocalDate();
				return new FollowUp(plan.client(), plan.phase(), last, from.plusDays(plan.phase().interval().days()));
			})
			.sorted(java.util.Comparator.comparing(FollowUp::due))
			.toList();
	}

	/** The newest plan without an audit entry, for summaries that show no clinical detail. */
	public Optional<TreatmentPlan> currentWithoutAudit(ClientId client) {
		return plans.current(client);
	}

	@Transactional
	public TreatmentPlan save(ClientId client, PlanRequest request) {
		if (!clients.exists(client)) {
			throw new ClientNotFound();
		}
		Map<String, String> errors = new LinkedHashMap<>();
		List<String> problems = request.problems() == null ? List.of()
				: request.problems().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
		if (problems.isEmpty()) {
			errors.put("problems", "plan.error.problems");
		}
		else if (problems.size() > 20 || problems.stream().anyMatch(line -> line.length() > 300)) {
			errors.put("problems", "plan.error.problems-long");
		}
		List<TreatmentPlan.Goal> goals = goals(request.goals(), errors);
		List<TreatmentPlan.Target> targets = targets(request.targets(), errors);
		List<TreatmentPlan.Phase> phases = phases(request.phases(), errors);
		LocalDate reEvaluation = null;
		if (!PlanRequest.isBlank(request.reEvaluationOn())) {
			try {
				reEvaluation = LocalDate.parse(request.reEvaluationOn().strip());
				if (reEvaluation.isBefore(LocalDate.now(clock).minusDays(1))) {
					errors.put("reEvaluationOn", "plan.error.re-evaluation-past");
				}
			}
			catch (DateTimeParseException e) {
				errors.put("reEvaluationOn", "plan.error.date");
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidTreatment(errors);
		}
		SignedInUser author = CurrentUser.get().orElse(null);
		TreatmentPlan plan = new TreatmentPlan(new PlanId(UUID.randomUUID()), client, request.assessment(), problems, goals,
				targets, phases, 0, reEvaluation, clock.instant(), author == null ? null : author.name());
		boolean first = plans.current(client).isEmpty();
		plans.insert(plan, author == null ? null : author.id().id());
		audit.record(AuditEntry.success("plan.save", "plan", plan.id()));
		timeline.add(client, "treatment.plan.saved", true, first ? "Treatment plan made" : "Treatment plan revised",
				"/clients/" + client + "/plan");
		return plan;
	}

	/** Moves to the next (less frequent) phase, or back to the previous one; stored as a new version. */
	@Transactional
	public TreatmentPlan step(ClientId client, boolean down) {
		TreatmentPlan plan = plans.current(client).orElseThrow(TreatmentNotFound::new);
		if (down ? !plan.canStepDown() : !plan.canStepUp()) {
			throw new InvalidTreatment(Map.of("phase", down ? "plan.error.last-phase" : "plan.error.first-phase"));
		}
		SignedInUser author = CurrentUser.get().orElse(null);
		TreatmentPlan stepped = new TreatmentPlan(new PlanId(UUID.randomUUID()), client, plan.assessment(), plan.problems(),
				plan.goals(), plan.targets(), plan.phases(), plan.currentPhase() + (down ? 1 : -1), plan.reEvaluationOn(),
				clock.instant(), author == null ? null : author.name());
		plans.insert(stepped, author == null ? null : author.id().id());
		audit.record(AuditEntry.success(down ? "plan.step-down" : "plan.step-up", "plan", stepped.id()));
		timeline.add(client, "treatment.plan.stepped", true,
				down ? "Visit frequency stepped down" : "Visit frequency stepped back up", "/clients/" + client + "/plan");
		return stepped;
	}

	private List<TreatmentPlan.Goal> goals(List<PlanRequest.GoalRow> rows, Map<String, String> errors) {
		List<TreatmentPlan.Goal> goals = new ArrayList<>();
		int index = 0;
		for (PlanRequest.GoalRow row : rows == null ? List.<PlanRequest.GoalRow>of() : rows) {
			String field = "goal" + index++;
			if (row.blank()) {
				continue;
			}
			TreatmentPlan.Goal.Measure measure;
			try {
				measure = TreatmentPlan.Goal.Measure.valueOf(row.measure());
			}
			catch (IllegalArgumentException | NullPointerException e) {
				errors.put(field + ".measure", "plan.error.measure");
				continue;
			}
			String description = row.description() == null ? "" : row.description().strip();
			if (description.isEmpty() || description.length() > 300) {
				errors.put(field + ".description", "plan.error.goal-description");
			}
			Integer baseline = number(row.baseline(), field + ".baseline", measure, errors);
			Integer target = number(row.target(), field + ".target", measure, errors);
			String movement = null;
			if (measure == TreatmentPlan.Goal.Measure.RANGE) {
				movement = row.movement();
				if (movement == null || !movement.contains(".") || normals
					.movement(movement.substring(0, movement.indexOf('.')), movement.substring(movement.indexOf('.') + 1))
					.isEmpty()) {
					errors.put(field + ".movement", "plan.error.movement");
				}
			}
			if (measure != TreatmentPlan.Goal.Measure.OTHER && target == null && !errors.containsKey(field + ".target")) {
				errors.put(field + ".target", "plan.error.target-needed");
			}
			goals.add(new TreatmentPlan.Goal(measure, description, movement, baseline, target));
		}
		if (goals.isEmpty() && errors.keySet().stream().noneMatch(key -> key.startsWith("goal"))) {
			errors.put("goal0.description", "plan.error.goals");
		}
		return goals;
	}

	private static Integer number(String text, String field, TreatmentPlan.Goal.Measure measure,
			Map<String, String> errors) {
		if (PlanRequest.isBlank(text)) {
			return null;
		}
		try {
			int value = Integer.parseInt(text.strip());
			boolean ok = measure == TreatmentPlan.Goal.Measure.PAIN ? value >= 0 && value <= 10 : value >= -30 && value <= 200;
			if (!ok) {
				errors.put(field, measure == TreatmentPlan.Goal.Measure.PAIN ? "plan.error.pain" : "plan.error.range");
				return null;
			}
			return value;
		}
		catch (NumberFormatException e) {
			errors.put(field, measure == TreatmentPlan.Goal.Measure.PAIN ? "plan.error.pain" : "plan.error.range");
			return null;
		}
	}

	private List<TreatmentPlan.Target> targets(List<PlanRequest.TargetRow> rows, Map<String, String> errors) {
		List<TreatmentPlan.Target> targets = new ArrayList<>();
		for (PlanRequest.TargetRow row : rows == null ? List.<PlanRequest.TargetRow>of() : rows) {
			PointRef point = PointRef.parse(row.point(), knowledge).orElse(null);
			String side = row.side();
			if (point == null || !("left".equals(side) || "right".equals(side) || "midline".equals(side))) {
				errors.put("targets", "plan.error.target");
				continue;
			}
			Set<Technique> techniques = EnumSet.noneOf(Technique.class);
			for (String technique : row.techniques() == null ? List.<String>of() : row.techniques()) {
				try {
					techniques.add(Technique.valueOf(technique));
				}
				catch (IllegalArgumentException e) {
					errors.put("targets", "plan.error.technique");
				}
			}
			if (techniques.isEmpty()) {
				errors.put("targets", "plan.error.technique");
			}
			targets.add(new TreatmentPlan.Target(point.muscle().id(), point.index(), side, techniques));
		}
		if (targets.isEmpty() && !errors.containsKey("targets")) {
			errors.put("targets", "plan.error.targets");
		}
		if (targets.size() > MAX_TARGETS) {
			errors.put("targets", "plan.error.too-many-targets");
		}
		return targets;
	}

	private static List<TreatmentPlan.Phase> phases(List<PlanRequest.PhaseRow> rows, Map<String, String> errors) {
		List<TreatmentPlan.Phase> phases = new ArrayList<>();
		int index = 0;
		for (PlanRequest.PhaseRow row : rows == null ? List.<PlanRequest.PhaseRow>of() : rows) {
			String field = "phase" + index++;
			if (row.blank()) {
				continue;
			}
			TreatmentPlan.Phase.Interval interval;
			try {
				interval = TreatmentPlan.Phase.Interval.valueOf(row.interval());
			}
			catch (IllegalArgumentException e) {
				errors.put(field + ".interval", "plan.error.interval");
				continue;
			}
			Integer visits = null;
			if (!PlanRequest.isBlank(row.visits())) {
				try {
					visits = Integer.parseInt(row.visits().strip());
				}
				catch (NumberFormatException e) {
					visits = -1;
				}
				if (visits < 1 || visits > 52) {
					errors.put(field + ".visits", "plan.error.visits");
				}
			}
			phases.add(new TreatmentPlan.Phase(interval, visits));
		}
		if (phases.isEmpty()) {
			errors.put("phase0.interval", "plan.error.phases");
		}
		return phases;
	}

	/** A trigger point of the knowledge base named as "muscle-id#index". */
	public record PointRef(Muscle muscle, int index) {

		public static Optional<PointRef> parse(String text, KnowledgeBase knowledge) {
			if (text == null || text.indexOf('#') <= 0) {
				return Optional.empty();
			}
			String muscle = text.substring(0, text.indexOf('#'));
			int index;
			try {
				index = Integer.parseInt(text.substring(text.indexOf('#') + 1));
			}
			catch (NumberFormatException e) {
				return Optional.empty();
			}
			return knowledge.muscle(muscle)
				.filter(found -> index >= 0 && index < found.triggerPoints().size())
				.map(found -> new PointRef(found, index));
		}

		public String key() {
			return muscle.id() + "#" + index;
		}

	}

}
