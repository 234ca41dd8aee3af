package org.tonus.outcomes;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tonus.client.ClientId;
import org.tonus.client.ClientRegistry;
import org.tonus.identity.AuditEntry;
import org.tonus.identity.AuditLog;
import org.tonus.identity.CurrentUser;
import org.tonus.intake.Prescription;
import org.tonus.intake.PrescriptionBook;
import org.tonus.system.ClinicProfiles;
import org.tonus.treatment.SessionSummary;
import org.tonus.treatment.TreatmentPlan;
import org.tonus.treatment.TreatmentPlans;
import org.tonus.treatment.TreatmentSessions;

/**
 * The questionnaires assigned to a client and which of them are due: answered once at intake, every
 * N finished treatment visits, around the plan's re-evaluation, or before the prescription's last
 * visit. Ending an assignment keeps its row. Reads and writes are audited.
 */
@Component
public class Assignments {

	/** An assignment and, when it is due, why. */
	public record Assigned(Assignment assignment, Instrument instrument, String dueBecause) {

		public boolean due() {
			return dueBecause != null;
		}

	}

	private final JdbcClient jdbc;

	private final InstrumentCatalog catalog;

	private final ClientRegistry clients;

	private final TreatmentSessions sessions;

	private final TreatmentPlans plans;

	private final PrescriptionBook prescriptions;

	private final ClinicProfiles clinic;

	private final AuditLog audit;

	private final Clock clock;

	Assignments(JdbcClient jdbc, InstrumentCatalog catalog, ClientRegistry clients, TreatmentSessions sessions,
			TreatmentPlans plans, PrescriptionBook prescriptions, ClinicProfiles clinic, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.clients = clients;
		this.sessions = sessions;
		this.plans = plans;
		this.prescriptions = prescriptions;
		this.clinic = clinic;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public Assignment assign(ClientId client, String instrumentId, Assignment.Schedule schedule, Integer everyVisits) {
		if (!clients.exists(client)) {
			throw new InvalidAnswers(List.of(new InvalidAnswers.Problem("client", "unknown-client")));
		}
		if (instrumentId == null || catalog.current().find(instrumentId).isEmpty()) {
			throw new InvalidAnswers(List.of(new InvalidAnswers.Problem("instrument", "unknown-instrument")));
		}
		if (schedule == null) {
			throw new InvalidAnswers(List.of(new InvalidAnswers.Problem("schedule", "required")));
		}
		Integer every = schedule == Assignment.Schedule.EVERY_N_VISITS ? everyVisits : null;
		if (schedule == Assignment.Schedule.EVERY_N_VISITS && (every == null || every < 1 || every > 20)) {
			throw new InvalidAnswers(List.of(new InvalidAnswers.Problem("everyVisits", "every-visits")));
		}
		Assignment assignment = new Assignment(UUID.randomUUID(), instrumentId, schedule, every);
		int inserted = jdbc.sql("""
				INSERT INTO outcomes_assignment (id, client_id, instrument_id, schedule, every_visits, created_at, created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (client_id, instrument_id, schedule) WHERE ended_at IS NULL DO NOTHING
				""")
			.params(assignment.id(), client.id(), instrumentId, schedule.name(), every, Timestamp.from(clock.instant()),
					CurrentUser.get().map(user -> user.id().id()).orElse(null))
			.update();
		if (inserted == 0) {
			throw new InvalidAnswers(List.of(new InvalidAnswers.Problem("instrument", "already-assigned")));
		}
		audit.record(AuditEntry.success("measure-assignment.create", "client", client).withDetail(instrumentId));
		return assignment;
	}

	@Transactional
	public void end(ClientId client, UUID assignment) {
		int changed = jdbc.sql("UPDATE outcomes_assignment SET ended_at = ? WHERE id = ? AND client_id = ? AND ended_at IS NULL")
			.params(Timestamp.from(clock.instant()), assignment, client.id())
			.update();
		if (changed == 0) {
			throw new InvalidAnswers(List.of(new InvalidAnswers.Problem("assignment", "unknown-assignment")));
		}
		audit.record(AuditEntry.success("measure-assignment.end", "client", client));
	}

	/** The client's open assignments, each with whether it is due today. */
	@Transactional
	public List<Assigned> of(ClientId client) {
		List<Assignment> open = jdbc.sql("""
				SELECT id, instrument_id, schedule, every_visits FROM outcomes_assignment
				WHERE client_id = ? AND ended_at IS NULL ORDER BY created_at
				""")
			.param(client.id())
			.query((rs, n) -> new Assignment(rs.getObject("id", UUID.class), rs.getString("instrument_id"),
					Assignment.Schedule.valueOf(rs.getString("schedule")), (Integer) rs.getObject("every_visits")))
			.list();
		audit.record(AuditEntry.success("measure-assignment.list", "client", client));
		if (open.isEmpty()) {
			return List.of();
		}
		Assignment.Progress progress = progress(client);
		Instruments current = catalog.current();
		// an assignment of an instrument the clinic has retired is listed (so it can be ended) but never due
		return open.stream()
			.flatMap(assignment -> catalog.all()
				.find(assignment.instrument())
				.map(instrument -> new Assigned(assignment, instrument,
						current.find(instrument.id()).isPresent() ? assignment.dueBecause(progress) : null))
				.stream())
			.toList();
	}

	/** The instruments due today, once each. */
	public List<String> due(ClientId client) {
		return of(client).stream().filter(Assigned::due).map(assigned -> assigned.instrument().id()).distinct().toList();
	}

	private Assignment.Progress progress(ClientId client) {
		Map<String, LocalDate> first = new HashMap<>();
		Map<String, LocalDate> last = new HashMap<>();
		jdbc.sql("""
				SELECT instrument_id, min(measured_on) AS first, max(measured_on) AS last FROM outcomes_response
				WHERE client_id = ? AND withdrawn_at IS NULL GROUP BY instrument_id
				""")
			.param(client.id())
			.query(rs -> {
				first.put(rs.getString("instrument_id"), rs.getObject("first", LocalDate.class));
				last.put(rs.getString("instrument_id"), rs.getObject("last", LocalDate.class));
			});
		LocalDate today = clinic.today();
		List<LocalDate> visits = sessions.summaries(client).stream().filter(SessionSummary::finished).map(SessionSummary::visitDate).toList();
		LocalDate reEvaluation = plans.currentWithoutAudit(client).map(TreatmentPlan::reEvaluationOn).orElse(null);
		Integer remaining = prescriptions.of(client)
			.stream()
			.filter(prescription -> !prescription.expired(today))
			.findFirst()
			.map(Prescription::visitsRemaining)
			.orElse(null);
		return new Assignment.Progress(first, last, visits, reEvaluation, remaining, today);
	}

}
