package org.tonus.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.postgresql.util.PSQLException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tonus.client.ClientId;
import org.tonus.client.ClientRegistry;
import org.tonus.identity.AuditEntry;
import org.tonus.identity.AuditLog;
import org.tonus.identity.AuditOutcome;
import org.tonus.identity.CurrentUser;

/**
 * Books, moves, cancels and follows appointments through their day. Every check that needs no
 * lock happens first; overlaps are left to PostgreSQL's exclusion constraints, whose refusal
 * becomes {@link SlotTaken} with free times nearby, so two clicks on one slot give one booking and
 * one clear answer. Every change is audited and announces itself to the client through the outbox.
 */
@Component
public class Appointments {

	static final int MAX_MINUTES = 480;

	private static final int ATTEMPTS = 5;

	private final AppointmentRepository repository;

	private final Practitioners practitioners;

	private final Locations locations;

	private final Rooms rooms;

	private final ClinicServices services;

	private final Availability availability;

	private final BookingPolicies policies;

	private final Outbox outbox;

	private final ClientRegistry clients;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SignedLinks links;

	Appointments(AppointmentRepository repository, Practitioners practitioners, Locations locations, Rooms rooms,
			ClinicServices services, Availability availability, BookingPolicies policies, Outbox outbox,
			ClientRegistry clients, AuditLog audit, TransactionTemplate transactions, ApplicationEventPublisher events,
			Clock clock, SignedLinks links) {
		this.links = links;
		this.repository = repository;
		this.practitioners = practitioners;
		this.locations = locations;
		this.rooms = rooms;
		this.services = services;
		this.availability = availability;
		this.policies = policies;
		this.outbox = outbox;
		this.clients = clients;
		this.audit = audit;
		// a savepoint inside a caller's transaction (an idempotent API request), so a refused insert
		// leaves that transaction usable for the answer; a transaction of its own otherwise
		this.transactions = new TransactionTemplate(transactions.getTransactionManager());
		this.transactions.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_NESTED);
		this.events = events;
		this.clock = clock;
	}

	public Appointment book(BookingRequest request) {
		return book(request, null);
	}

	/** Books; {@code confirmationExtra} travels with the confirmation e-mail (the intake link of a new client). */
	public Appointment book(BookingRequest request, String confirmationExtra) {
		return withRetries(request, () -> {
			Appointment appointment = prepare(request, AppointmentId.random(), null, null);
			return transactions.execute(status -> {
				repository.lockPractitioner(appointment.practitioner());
				checkOverrides(appointment);
				repository.insert(appointment, clock.instant(), actor());
				outbox.booked(appointment, confirmationExtra);
				audit.record(AuditEntry.success("appointment.create", "appointment", appointment.id())
					.withDetail(appointment.overrideReason() != null ? "override" : request.source().name().toLowerCase()));
				return repository.find(appointment.id()).orElseThrow();
			});
		});
	}

	/** Moves a booked appointment to a new time (and practitioner or room, when given). */
	public Appointment move(AppointmentId id, int version, BookingRequest to) {
		Appointment before = repository.find(id).orElseThrow(ScheduleNotFound::new);
		if (before.status() != AppointmentStatus.BOOKED) {
			throw new InvalidSchedule("start", "not-movable");
		}
		if (before.version() != version) {
			throw new InvalidSchedule("version", "stale");
		}
		BookingRequest request = new BookingRequest(to.practitioner() == null ? before.practitioner() : to.practitioner(),
				before.client(), before.service(), to.room(), to.start(), before.minutes(), before.notes(), to.overrideReason(),
				to.source());
		return withRetries(request, () -> {
			Appointment moved = prepare(request, id, before.series(), before.seriesIndex());
			return transactions.execute(status -> {
				repository.lockPractitioner(moved.practitioner());
				checkOverrides(moved);
				if (!repository.move(moved, version, clock.instant())) {
					throw new InvalidSchedule("version", "stale");
				}
				Appointment after = repository.find(id).orElseThrow();
				outbox.moved(after);
				audit.record(AuditEntry.success("appointment.move", "appointment", id));
				if (before.start().isAfter(clock.instant())) {
					events.publishEvent(new AppointmentFreed(before));
				}
				return after;
			});
		});
	}

	/**
	 * Runs a booking or a move, trying again after a deadlock between two bookings' constraint checks
	 * or when the room it picked was taken meanwhile; a taken time becomes {@link SlotTaken}.
	 */
	private Appointment withRetries(BookingRequest request, java.util.function.Supplier<Appointment> once) {
		for (int attempt = 1;; attempt++) {
			try {
				return once.get();
			}
			catch (HeldByOverride held) {
				throw refused(request, held.resource);
			}
			catch (DataAccessException failed) {
				Optional<SlotTaken.Resource> taken = conflict(failed);
				boolean again = taken.isEmpty() ? retryable(failed)
						: taken.get() == SlotTaken.Resource.ROOM && request.room() == null;
				if (again && attempt < ATTEMPTS) {
					continue;
				}
				if (taken.isEmpty()) {
					throw failed;
				}
				throw refused(request, taken.get());
			}
		}
	}

	/**
	 * Whether a client may still move this appointment themselves: booked, and not yet inside the
	 * clinic's late-cancellation window (a move there would dodge the late mark).
	 */
	public boolean movableByClient(Appointment appointment) {
		return appointment.status() == AppointmentStatus.BOOKED && appointment.start()
			.isAfter(clock.instant().plus(Duration.ofHours(policies.current().lateCancelHours())));
	}

	/**
	 * Cancels; a cancellation within the clinic's late-cancellation window is marked late. The freed
	 * time goes to the waitlist.
	 */
	public Appointment cancel(AppointmentId id, String reason, boolean byClient) {
		if (reason != null && reason.strip().length() > 300) {
			throw new InvalidSchedule("reason", "too-long");
		}
		return transactions.execute(status -> {
			Appointment before = repository.find(id).orElseThrow(ScheduleNotFound::new);
			Instant now = clock.instant();
			boolean late = Duration.between(now, before.start()).toHours() < policies.current().lateCancelHours();
			String why = reason == null || reason.isBlank() ? (byClient ? "Cancelled by the client" : "Cancelled") : reason.strip();
			if (!repository.cancel(id, why, late, now)) {
				throw new InvalidSchedule("status", "not-cancellable");
			}
			Appointment after = repository.find(id).orElseThrow();
			outbox.cancelled(after, true);
			audit.record(AuditEntry.success("appointment.cancel", "appointment", id)
				.withDetail((byClient ? "by client" : "by staff") + (late ? ", late" : "")));
			if (before.start().isAfter(now)) {
				events.publishEvent(new AppointmentFreed(after));
			}
			return after;
		});
	}

	/** Arrived, attended or no-show, from the states where that makes sense. */
	public Appointment mark(AppointmentId id, AppointmentStatus status) {
		return transactions.execute(tx -> {
			Appointment before = repository.find(id).orElseThrow(ScheduleNotFound::new);
			LocalDate day = before.start().atZone(zone(before)).toLocalDate();
			LocalDate today = clock.instant().atZone(zone(before)).toLocalDate();
			boolean allowed = switch (status) {
				case ARRIVED -> before.status() == AppointmentStatus.BOOKED && !today.isBefore(day);
				case ATTENDED, NO_SHOW -> before.status().open() && !today.isBefore(day);
				default -> false;
			};
			if (!allowed || !repository.mark(id, before.status(), status, clock.instant())) {
				throw new InvalidSchedule("status", "status-" + status.name().toLowerCase().replace('_', '-'));
			}
			if (status != AppointmentStatus.ARRIVED) {
				outbox.settled(id);
			}
			audit.record(AuditEntry.success("appointment." + status.name().toLowerCase().replace('_', '-'), "appointment", id));
			return repository.find(id).orElseThrow();
		});
	}

	public Appointment get(AppointmentId id) {
		Appointment appointment = repository.find(id).orElseThrow(ScheduleNotFound::new);
		audit.record(AuditEntry.success("appointment.read", "appointment", id));
		return appointment;
	}

	/** Whether the client has an appointment that holds this start time (a form sent twice, say). */
	public boolean holds(ClientId client, Instant start) {
		return repository.holdsAt(client, start);
	}

	/** The secret part of the link a client manages this appointment with. */
	public String manageToken(AppointmentId id) {
		return links.sign(SignedLinks.Purpose.MANAGE, id.id());
	}

	/** The appointment a client's link is for; empty when the link was altered. */
	public Optional<Appointment> byManageToken(String token) {
		return links.verify(SignedLinks.Purpose.MANAGE, token).flatMap(id -> repository.find(new AppointmentId(id)));
	}

	public Optional<Appointment> findWithoutAudit(AppointmentId id) {
		return repository.find(id);
	}

	/** What a calendar shows over [from, to): all appointments but the cancelled ones; one practitioner, one room, or everyone. */
	public List<Appointment> between(Instant from, Instant to, PractitionerId practitioner, RoomId room) {
		return repository.between(from, to, practitioner, room);
	}

	/** For the client chart, whose reading is audited as a whole: appointments with practitioner names, newest first. */
	public List<java.util.Map.Entry<Appointment, String>> forChart(ClientId client) {
		return repository.forClientWithNames(client, 60);
	}

	/**
	 * Checks a request and works out the appointment it would make: its length, buffers, room and
	 * location. Throws {@link InvalidSchedule} naming each bad field.
	 */
	Appointment prepare(BookingRequest request, AppointmentId id, UUID series, Integer seriesIndex) {
		List<ScheduleIssue> issues = new ArrayList<>();
		// clients (online or claiming an offer) never override; the online rules (bookable services, notice,
		// how far ahead) apply to what clients pick themselves, not to a time the clinic offered them
		boolean byClient = request.source() == BookingSource.ONLINE || request.source() == BookingSource.WAITLIST;
		boolean online = request.source() == BookingSource.ONLINE;
		String override = request.overrideReason() == null || request.overrideReason().isBlank() ? null
				: request.overrideReason().strip();
		if (override != null && (byClient || override.length() > 300)) {
			issues.add(new ScheduleIssue("overrideReason", byClient ? "override-online" : "too-long"));
		}
		Practitioner practitioner = request.practitioner() == null ? null
				: practitioners.find(request.practitioner()).filter(Practitioner::active).orElse(null);
		if (practitioner == null) {
			issues.add(new ScheduleIssue("practitionerId", "unknown-practitioner"));
		}
		if (request.client() == null || !clients.exists(request.client())) {
			issues.add(new ScheduleIssue("clientId", "unknown-client"));
		}
		ClinicService service = null;
		if (request.service() != null) {
			service = services.find(request.service()).filter(ClinicService::active).orElse(null);
			if (service == null || (online && !service.online())) {
				issues.add(new ScheduleIssue("serviceId", "unknown-service"));
			}
			else if (practitioner != null && !practitioner.gives(service.id()) && override == null) {
				issues.add(new ScheduleIssue("serviceId", "not-given"));
			}
		}
		Integer minutes = request.minutes() != null ? request.minutes() : service != null ? Integer.valueOf(service.minutes()) : null;
		if (minutes == null || minutes < 5 || minutes > MAX_MINUTES) {
			issues.add(new ScheduleIssue("minutes", "minutes"));
		}
		String notes = request.notes() == null ? "" : request.notes().strip();
		if (notes.length() > 1000) {
			issues.add(new ScheduleIssue("notes", "too-long"));
		}
		Instant now = clock.instant();
		if (request.start() == null) {
			issues.add(new ScheduleIssue("start", "required"));
		}
		else if (request.start().isBefore(now)) {
			issues.add(new ScheduleIssue("start", "past"));
		}
		if (!issues.isEmpty()) {
			throw new InvalidSchedule(issues);
		}
		Location location = locations.find(practitioner.location()).orElse(locations.main());
		Instant start = request.start();
		Instant end = start.plus(Duration.ofMinutes(minutes));
		Instant busyFrom = start.minus(Duration.ofMinutes(service == null ? 0 : service.bufferBefore()));
		Instant busyTo = end.plus(Duration.ofMinutes(service == null ? 0 : service.bufferAfter()));
		if (online) {
			BookingPolicy policy = policies.current();
			if (!policy.onlineBooking()) {
				issues.add(new ScheduleIssue("start", "online-closed"));
			}
			else if (start.isBefore(now.plus(Duration.ofMinutes(policy.minNoticeMinutes())))) {
				issues.add(new ScheduleIssue("start", "too-soon"));
			}
			else if (start.isAfter(now.plus(Duration.ofDays(policy.horizonDays())))) {
				issues.add(new ScheduleIssue("start", "too-far"));
			}
		}
		if (override == null) {
			LocalDate day = start.atZone(location.zone()).toLocalDate();
			List<Span> working = FreeTime.working(day, day, location.zone(), practitioner.hours(), location.hours());
			if (!FreeTime.inside(working, start, end)) {
				issues.add(new ScheduleIssue("start", "outside-hours"));
			}
			else if (practitioners.timeOff(practitioner.id(), busyFrom, busyTo).size() > 0) {
				issues.add(new ScheduleIssue("start", "time-off"));
			}
		}
		RoomId room = request.room();
		if (room != null) {
			Room chosen = rooms.find(room).filter(Room::active).orElse(null);
			if (chosen == null || !chosen.location().equals(location.id())) {
				issues.add(new ScheduleIssue("roomId", "unknown-room"));
			}
			else if (service != null && service.needs() != null && chosen.kind() != service.needs()) {
				issues.add(new ScheduleIssue("roomId", "wrong-room"));
			}
		}
		if (!issues.isEmpty()) {
			throw new InvalidSchedule(issues);
		}
		if (room == null && service != null && service.needs() != null) {
			RoomKind kind = service.needs();
			List<Room> candidates = rooms.active().stream().filter(r -> r.kind() == kind).toList();
			room = Availability.freeRoom(candidates,
					availability.busyByRoom(candidates.stream().map(r -> r.id().id()).toList(), busyFrom, busyTo), location.id(),
					busyFrom, busyTo);
			if (room == null) {
				throw refused(request, SlotTaken.Resource.ROOM);
			}
		}
		return new Appointment(id, practitioner.id(), request.client(), service == null ? null : service.id(), room,
				location.id(), start, end, busyFrom, busyTo, AppointmentStatus.BOOKED, override, series, seriesIndex,
				request.source(), notes, null, null, 0);
	}

	private SlotTaken refused(BookingRequest request, SlotTaken.Resource resource) {
		audit.record(new AuditEntry("appointment.create", "practitioner",
				request.practitioner() == null ? null : request.practitioner().toString(), AuditOutcome.FAILURE,
				"taken: " + resource.name().toLowerCase()));
		boolean online = request.source() == BookingSource.ONLINE;
		int minutes = request.minutes() != null ? request.minutes()
				: request.service() == null ? 60 : services.find(request.service()).map(ClinicService::minutes).orElse(60);
		return new SlotTaken(resource,
				availability.nearest(request.practitioner(), request.service(), minutes, request.start(), online, 3));
	}

	/** Refuses, inside the booking's transaction, a time an overridden appointment already holds. */
	void checkOverrides(Appointment appointment) {
		if (appointment.overrideReason() == null) {
			repository.heldByOverride(appointment).ifPresent(resource -> {
				throw new HeldByOverride(resource);
			});
		}
	}

	/** Thrown inside a transaction (which it rolls back); answered as {@link SlotTaken} outside it. */
	static final class HeldByOverride extends RuntimeException {

		final SlotTaken.Resource resource;

		HeldByOverride(SlotTaken.Resource resource) {
			super("held by an overridden appointment", null, false, false);
			this.resource = resource;
		}

	}

	/** Which resource an exclusion constraint refused, if that is what failed. */
	static Optional<SlotTaken.Resource> conflict(DataAccessException failed) {
		if (failed.getMostSpecificCause() instanceof PSQLException refused && "23P01".equals(refused.getSQLState())) {
			String constraint = refused.getServerErrorMessage() == null ? ""
					: String.valueOf(refused.getServerErrorMessage().getConstraint());
			return Optional.of(switch (constraint) {
				case "scheduling_room_free" -> SlotTaken.Resource.ROOM;
				case "scheduling_client_free" -> SlotTaken.Resource.CLIENT;
				default -> SlotTaken.Resource.PRACTITIONER;
			});
		}
		return Optional.empty();
	}

	/** A deadlock between two bookings waiting on each other's constraint checks: try again. */
	static boolean retryable(DataAccessException failed) {
		return failed.getMostSpecificCause() instanceof java.sql.SQLException sql
				&& ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState()));
	}

	private java.time.ZoneId zone(Appointment appointment) {
		return locations.find(appointment.location()).orElse(locations.main()).zone();
	}

	private static UUID actor() {
		return CurrentUser.get().map(user -> user.id().id()).orElse(null);
	}

}
