package org.tonus.scheduling;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tonus.client.Client;
import org.tonus.client.ClientId;
import org.tonus.client.ClientRegistry;
import org.tonus.identity.AuditEntry;
import org.tonus.identity.AuditLog;
import org.tonus.identity.CurrentUser;
import org.tonus.system.ClinicProfile;
import org.tonus.system.ClinicProfiles;

/**
 * The waitlist. When an appointment is cancelled, the time is offered by e-mail to the first
 * {@value #OFFERS_PER_OPENING} clients waiting for it, in the order they joined; the first to claim
 * it gets it (the exclusion constraints settle a race), the others are told it has gone.
 */
@Component
public class Waitlist {

	static final int OFFERS_PER_OPENING = 3;

	private final JdbcClient jdbc;

	private final ClinicServices services;

	private final Practitioners practitioners;

	private final Locations locations;

	private final ClientRegistry clients;

	private final Outbox outbox;

	private final SignedLinks links;

	private final ClinicProfiles clinic;

	private final AuditLog audit;

	private final Clock clock;

	Waitlist(JdbcClient jdbc, ClinicServices services, Practitioners practitioners, Locations locations,
			ClientRegistry clients, Outbox outbox, SignedLinks links, ClinicProfiles clinic, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.services = services;
		this.practitioners = practitioners;
		this.locations = locations;
		this.clients = clients;
		this.outbox = outbox;
		this.links = links;
		this.clinic = clinic;
		this.audit = audit;
		this.clock = clock;
	}

	/** An offer as its link opens it. */
	public record Offer(UUID id, WaitlistEntry entry, PractitionerId practitioner, RoomId room, java.time.Instant start,
			boolean claimed, boolean gone) {
	}

	@Transactional
	public WaitlistEntry add(ClientId client, ServiceId service, PractitionerId practitioner, LocalDate from, LocalDate to,
			WaitlistEntry.DayPart dayPart, String note) {
		List<ScheduleIssue> issues = new ArrayList<>();
		if (client == null || !clients.exists(client)) {
			issues.add(new ScheduleIssue("clientId", "unknown-client"));
		}
		if (service == null || services.find(service).filter(ClinicService::active).isEmpty()) {
			issues.add(new ScheduleIssue("serviceId", "unknown-service"));
		}
		if (practitioner != null && practitioners.find(practitioner).filter(Practitioner::active).isEmpty()) {
			issues.add(new ScheduleIssue("practitionerId", "unknown-practitioner"));
		}
		LocalDate today = clock.instant().atZone(locations.main().zone()).toLocalDate();
		if (from == null || to == null) {
			issues.add(new ScheduleIssue(from == null ? "from" : "to", "date"));
		}
		else if (to.isBefore(from)) {
			issues.add(new ScheduleIssue("to", "end-before-start"));
		}
		else if (to.isBefore(today)) {
			issues.add(new ScheduleIssue("to", "past"));
		}
		if (note != null && note.length() > 300) {
			issues.add(new ScheduleIssue("note", "too-long"));
		}
		if (!issues.isEmpty()) {
			throw new InvalidSchedule(issues);
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO scheduling_waitlist (id, client_id, service_id, practitioner_id, from_date, to_date, day_part, note,
				    status, created_at, created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'WAITING', ?, ?)
				""")
			.params(id, client.id(), service.id(), practitioner == null ? null : practitioner.id(), from, to,
					(dayPart == null ? WaitlistEntry.DayPart.ANY : dayPart).name(), note == null ? "" : note.strip(),
					Timestamp.from(clock.instant()), CurrentUser.get().map(user -> user.id().id()).orElse(null))
			.update();
		audit.record(AuditEntry.success("waitlist.add", "client", client));
		return find(id).orElseThrow();
	}

	public List<WaitlistEntry> waiting() {
		return jdbc.sql("SELECT * FROM scheduling_waitlist WHERE status = 'WAITING' ORDER BY created_at, id")
			.query(Waitlist::entry)
			.list();
	}

	@Transactional
	public void withdraw(UUID id) {
		if (jdbc.sql("UPDATE scheduling_waitlist SET status = 'WITHDRAWN' WHERE id = ? AND status = 'WAITING'").param(id).update() == 0) {
			throw new ScheduleNotFound();
		}
		audit.record(AuditEntry.success("waitlist.withdraw", "waitlist", id));
	}

	/** Offers a freed time to the first clients waiting for it; runs inside the cancelling transaction. */
	@EventListener
	void offerFreedTime(AppointmentFreed freed) {
		Appointment gone = freed.appointment();
		Location location = locations.find(gone.location()).orElse(locations.main());
		ZonedDateTime start = gone.start().atZone(location.zone());
		Practitioner practitioner = practitioners.find(gone.practitioner()).orElse(null);
		if (practitioner == null) {
			return;
		}
		java.util.Map<ServiceId, ClinicService> byId = services.all().stream()
			.collect(java.util.stream.Collectors.toMap(ClinicService::id, service -> service));
		int offered = 0;
		for (WaitlistEntry entry : waiting()) {
			if (offered == OFFERS_PER_OPENING) {
				break;
			}
			ClinicService service = byId.get(entry.service());
			boolean fits = service != null && practitioner.gives(service.id())
					&& (entry.practitioner() == null || entry.practitioner().equals(practitioner.id()))
					&& !start.toLocalDate().isBefore(entry.from()) && !start.toLocalDate().isAfter(entry.to())
					&& entry.dayPart().includes(start.toLocalTime())
					&& !gone.start().minus(Duration.ofMinutes(service.bufferBefore())).isBefore(gone.busyFrom())
					&& !gone.start().plus(Duration.ofMinutes(service.minutes() + service.bufferAfter())).isAfter(gone.busyTo())
					&& !entry.client().equals(gone.client());
			if (!fits) {
				continue;
			}
			UUID offer = UUID.randomUUID();
			jdbc.sql("""
					INSERT INTO scheduling_offer (id, waitlist_id, practitioner_id, room_id, starts_at, offered_at)
					VALUES (?, ?, ?, ?, ?, ?)
					""")
				.params(offer, entry.id(), practitioner.id().id(), service.needs() == null ? null : gone.room() == null ? null : gone.room().id(),
						Timestamp.from(gone.start()), Timestamp.from(clock.instant()))
				.update();
			outbox.offer(offer);
			audit.record(AuditEntry.success("waitlist.offer", "waitlist", entry.id()));
			offered++;
		}
	}

	/** The offer behind a link, or empty when the link is not one of ours. */
	public Optional<Offer> open(String token) {
		return links.verify(SignedLinks.Purpose.OFFER, token).flatMap(this::offer);
	}

	Optional<Offer> offer(UUID id) {
		return jdbc.sql("""
				SELECT o.waitlist_id, o.practitioner_id, o.room_id, o.starts_at, o.claimed_at,
				    EXISTS (SELECT 1 FROM scheduling_offer s WHERE s.practitioner_id = o.practitioner_id
				        AND s.starts_at = o.starts_at AND s.claimed_at IS NOT NULL AND s.id <> o.id)
				    OR EXISTS (SELECT 1 FROM scheduling_appointment a WHERE a.practitioner_id = o.practitioner_id
				        AND a.status IN ('BOOKED', 'ARRIVED', 'ATTENDED') AND a.busy @> o.starts_at) AS taken
				FROM scheduling_offer o WHERE o.id = ?
				""")
			.param(id)
			.query((rs, n) -> {
				WaitlistEntry entry = find(rs.getObject(1, UUID.class)).orElseThrow();
				java.time.Instant start = rs.getTimestamp(4).toInstant();
				UUID room = rs.getObject(3, UUID.class);
				boolean claimed = rs.getTimestamp(5) != null;
				return new Offer(id, entry, new PractitionerId(rs.getObject(2, UUID.class)), room == null ? null : new RoomId(room),
						start, claimed, rs.getBoolean(6) || entry.status() != WaitlistEntry.Status.WAITING
								|| !start.isAfter(clock.instant()));
			})
			.optional();
	}

	/** Records that the offer was claimed with the appointment booked for it. */
	@Transactional
	void claimed(Offer offer, AppointmentId appointment) {
		jdbc.sql("UPDATE scheduling_offer SET claimed_at = ?, appointment_id = ? WHERE id = ?")
			.params(Timestamp.from(clock.instant()), appointment.id(), offer.id())
			.update();
		jdbc.sql("UPDATE scheduling_waitlist SET status = 'BOOKED', appointment_id = ? WHERE id = ?")
			.params(appointment.id(), offer.entry().id())
			.update();
		audit.record(AuditEntry.success("waitlist.claim", "waitlist", offer.entry().id()));
	}

	String token(UUID offer) {
		return links.sign(SignedLinks.Purpose.OFFER, offer);
	}

	/** The offer e-mail; empty when the client has no address or the offer is gone. */
	Optional<OutboxMessage> message(UUID offerId, String baseUrl) {
		Offer offer = offer(offerId).orElse(null);
		if (offer == null || offer.gone()) {
			return Optional.empty();
		}
		Client client = clients.findWithoutAudit(offer.entry().client()).orElse(null);
		if (client == null || client.details().email() == null) {
			return Optional.empty();
		}
		Location location = practitioners.find(offer.practitioner())
			.flatMap(p -> locations.find(p.location()))
			.orElse(locations.main());
		ZonedDateTime start = offer.start().atZone(location.zone());
		String clinicName = clinic.current().map(ClinicProfile::name).orElse("Your clinic");
		String service = services.find(offer.entry().service()).map(ClinicService::name).orElse("Appointment");
		String who = practitioners.find(offer.practitioner()).map(Practitioner::displayName).orElse("");
		String first = client.details().preferredName() != null ? client.details().preferredName() : client.details().givenName();
		return Optional.of(new OutboxMessage(client.details().email(), clinicName + ": a time has opened up", """
				Hello %s,

				you are on our waitlist, and a time has opened up:

				%s with %s
				%s %s

				To take it: %s/book/offer/%s

				We offered it to a few people on the waitlist; the first to take it gets it.
				""".formatted(first, service, who,
				DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.ENGLISH).format(start),
				AppointmentMessages.zoneName(start), baseUrl, token(offerId)), null));
	}

	private Optional<WaitlistEntry> find(UUID id) {
		return jdbc.sql("SELECT * FROM scheduling_waitlist WHERE id = ?").param(id).query(Waitlist::entry).optional();
	}

	private static WaitlistEntry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		UUID practitioner = rs.getObject("practitioner_id", UUID.class);
		return new WaitlistEntry(rs.getObject("id", UUID.class), new ClientId(rs.getObject("client_id", UUID.class)),
				new ServiceId(rs.getObject("service_id", UUID.class)), practitioner == null ? null : new PractitionerId(practitioner),
				rs.getObject("from_date", LocalDate.class), rs.getObject("to_date", LocalDate.class),
				WaitlistEntry.DayPart.valueOf(rs.getString("day_part")), rs.getString("note"),
				WaitlistEntry.Status.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant());
	}

}
