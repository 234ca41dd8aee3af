package org.tonus.scheduling;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tonus.identity.AuditEntry;
import org.tonus.identity.AuditLog;
import org.tonus.identity.CurrentUser;

import tools.jackson.databind.json.JsonMapper;

/**
 * Recurring series: every occurrence is checked and booked like a single appointment, each in its
 * own savepoint, inside one transaction. All-or-nothing rolls everything back when any occurrence
 * is refused and lists them; otherwise the free ones are booked and the refused ones listed, each
 * with free times nearby. Cancelling "this and the following" keeps the earlier visits.
 */
@Component
public class Series {

	private final Appointments appointments;

	private final AppointmentRepository repository;

	private final Locations locations;

	private final Practitioners practitioners;

	private final Availability availability;

	private final Outbox outbox;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final TransactionTemplate savepoints;

	private final Clock clock;

	Series(Appointments appointments, AppointmentRepository repository, Locations locations, Practitioners practitioners,
			Availability availability, Outbox outbox, JdbcClient jdbc, JsonMapper json, AuditLog audit,
			TransactionTemplate transactions, Clock clock) {
		this.appointments = appointments;
		this.repository = repository;
		this.locations = locations;
		this.practitioners = practitioners;
		this.availability = availability;
		this.outbox = outbox;
		this.jdbc = jdbc;
		this.json = json;
		this.audit = audit;
		this.transactions = transactions;
		this.savepoints = new TransactionTemplate(transactions.getTransactionManager());
		this.savepoints.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.clock = clock;
	}

	/** Books {@code rule}'s occurrences of {@code base} (its start is ignored). */
	public SeriesBooking book(BookingRequest base, SeriesRule rule, boolean allOrNothing) {
		List<ScheduleIssue> problems = rule.problems();
		if (!problems.isEmpty()) {
			throw new InvalidSchedule(problems);
		}
		Practitioner practitioner = base.practitioner() == null ? null
				: practitioners.find(base.practitioner()).orElseThrow(() -> new InvalidSchedule("practitionerId", "unknown-practitioner"));
		List<Instant> starts = rule.starts(locations.find(practitioner.location()).orElse(locations.main()).zone());
		UUID series = UUID.randomUUID();
		List<SeriesBooking.Conflict> conflicts = new ArrayList<>();
		List<Appointment> booked = transactions.execute(status -> {
			jdbc.sql("INSERT INTO scheduling_series (id, client_id, practitioner_id, rule, created_at, created_by) VALUES (?, ?, ?, ?::jsonb, ?, ?)")
				.params(series, base.client() == null ? null : base.client().id(), practitioner.id().id(), json.writeValueAsString(rule),
						Timestamp.from(clock.instant()), CurrentUser.get().map(user -> user.id().id()).orElse(null))
				.update();
			repository.lockPractitioner(practitioner.id());
			List<Appointment> made = new ArrayList<>();
			for (int index = 0; index < starts.size(); index++) {
				BookingRequest occurrence = base.at(starts.get(index));
				int number = index;
				try {
					Appointment appointment = appointments.prepare(occurrence, AppointmentId.random(), series, number);
					savepoints.executeWithoutResult(point -> {
						appointments.checkOverrides(appointment);
						repository.insert(appointment, clock.instant(), CurrentUser.get().map(user -> user.id().id()).orElse(null));
					});
					made.add(appointment);
				}
				catch (InvalidSchedule invalid) {
					conflicts.add(new SeriesBooking.Conflict(number, starts.get(index), invalid.issues().get(0).code(), List.of()));
				}
				catch (SlotTaken taken) {
					conflicts.add(new SeriesBooking.Conflict(number, starts.get(index), "taken-" + taken.resource().name().toLowerCase(),
							List.of()));
				}
				catch (Appointments.HeldByOverride held) {
					conflicts.add(new SeriesBooking.Conflict(number, starts.get(index), "taken-" + held.resource.name().toLowerCase(),
							List.of()));
				}
				catch (org.springframework.dao.DataAccessException failed) {
					SlotTaken.Resource resource = Appointments.conflict(failed).orElseThrow(() -> failed);
					conflicts.add(new SeriesBooking.Conflict(number, starts.get(index), "taken-" + resource.name().toLowerCase(),
							List.of()));
				}
			}
			if (made.isEmpty() || (allOrNothing && !conflicts.isEmpty())) {
				status.setRollbackOnly();
				return List.<Appointment>of();
			}
			for (Appointment appointment : made) {
				outbox.booked(appointment, null);
			}
			audit.record(AuditEntry.success("appointment.series.create", "series", series)
				.withDetail(made.size() + " booked, " + conflicts.size() + " not"));
			return made;
		});
		List<SeriesBooking.Conflict> explained = conflicts.stream()
			.map(conflict -> new SeriesBooking.Conflict(conflict.index(), conflict.start(), conflict.reason(),
					availability.nearest(base.practitioner(), base.service(), base.minutes() == null ? 60 : base.minutes(),
							conflict.start(), false, 3)))
			.toList();
		return new SeriesBooking(booked.isEmpty() ? null : series, booked, explained, allOrNothing);
	}

	/** Cancels this appointment and the later ones of its series that are still booked. @return how many */
	public int cancelFollowing(AppointmentId from, String reason) {
		Appointment first = repository.find(from).orElseThrow(ScheduleNotFound::new);
		if (first.series() == null) {
			appointments.cancel(from, reason, false);
			return 1;
		}
		int cancelled = 0;
		for (Appointment appointment : repository.inSeries(first.series())) {
			if (appointment.seriesIndex() >= first.seriesIndex() && appointment.status() == AppointmentStatus.BOOKED) {
				appointments.cancel(appointment.id(), reason, false);
				cancelled++;
			}
		}
		return cancelled;
	}

	/**
	 * Moves this appointment and the later booked ones of its series by the same number of days, to
	 * the new time of day, in the location's wall-clock time. Each is moved on its own; those that
	 * cannot be moved stay where they are and are returned with the reason.
	 */
	public List<SeriesBooking.Conflict> moveFollowing(AppointmentId from, java.time.Instant newStart, String overrideReason) {
		Appointment first = repository.find(from).orElseThrow(ScheduleNotFound::new);
		java.time.ZoneId zone = locations.find(first.location()).orElse(locations.main()).zone();
		java.time.ZonedDateTime target = newStart.atZone(zone);
		long days = java.time.temporal.ChronoUnit.DAYS.between(first.start().atZone(zone).toLocalDate(), target.toLocalDate());
		List<Appointment> following = first.series() == null ? List.of(first)
				: repository.inSeries(first.series()).stream()
					.filter(a -> a.seriesIndex() >= first.seriesIndex() && a.status() == AppointmentStatus.BOOKED)
					.toList();
		// moving later, the last visit goes first, so no visit lands on the time its successor still holds
		List<Appointment> ordered = new ArrayList<>(following);
		if (newStart.isAfter(first.start())) {
			java.util.Collections.reverse(ordered);
		}
		List<SeriesBooking.Conflict> refused = new ArrayList<>();
		for (Appointment appointment : ordered) {
			java.time.Instant start = java.time.ZonedDateTime
				.of(appointment.start().atZone(zone).toLocalDate().plusDays(days), target.toLocalTime(), zone)
				.toInstant();
			try {
				appointments.move(appointment.id(), appointment.version(),
						new BookingRequest(null, null, null, null, start, null, null, overrideReason, BookingSource.STAFF));
			}
			catch (InvalidSchedule invalid) {
				refused.add(new SeriesBooking.Conflict(appointment.seriesIndex() == null ? 0 : appointment.seriesIndex(), start,
						invalid.issues().get(0).code(), List.of()));
			}
			catch (SlotTaken taken) {
				refused.add(new SeriesBooking.Conflict(appointment.seriesIndex() == null ? 0 : appointment.seriesIndex(), start,
						"taken-" + taken.resource().name().toLowerCase(), taken.alternatives()));
			}
		}
		return refused;
	}

	public List<Appointment> occurrences(UUID series) {
		return repository.inSeries(series);
	}

}
