package org.tonus.scheduling;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Free slots: working hours and opening hours, minus time off, appointments (with their buffers)
 * and, for a service that needs one, times when no room of its kind is free. Three range queries
 * whatever the window (appointments, time off, rooms), answered by the GiST indexes.
 */
@Component
public class Availability {

	private final JdbcClient jdbc;

	private final Practitioners practitioners;

	private final Locations locations;

	private final Rooms rooms;

	private final ClinicServices services;

	private final BookingPolicies policies;

	private final Clock clock;

	Availability(JdbcClient jdbc, Practitioners practitioners, Locations locations, Rooms rooms, ClinicServices services,
			BookingPolicies policies, Clock clock) {
		this.jdbc = jdbc;
		this.practitioners = practitioners;
		this.locations = locations;
		this.rooms = rooms;
		this.services = services;
		this.policies = policies;
		this.clock = clock;
	}

	public List<Slot> find(AvailabilityQuery query) {
		ClinicService service = query.service() == null ? null
				: services.find(query.service()).filter(ClinicService::active).orElseThrow(ScheduleNotFound::new);
		List<ScheduleIssue> issues = new ArrayList<>();
		if (service == null && (query.minutes() == null || query.minutes() < 5 || query.minutes() > 480)) {
			issues.add(new ScheduleIssue("minutes", "minutes"));
		}
		if (query.from() == null || query.to() == null) {
			issues.add(new ScheduleIssue(query.from() == null ? "from" : "to", "date"));
		}
		else if (query.to().isBefore(query.from())) {
			issues.add(new ScheduleIssue("to", "end-before-start"));
		}
		else if (ChronoUnit.DAYS.between(query.from(), query.to()) >= AvailabilityQuery.MAX_DAYS) {
			issues.add(new ScheduleIssue("to", "range-too-long"));
		}
		if (!issues.isEmpty()) {
			throw new InvalidSchedule(issues);
		}
		if (query.online() && service != null && !service.online()) {
			throw new ScheduleNotFound();
		}
		List<Practitioner> who = candidates(query, service);
		if (who.isEmpty()) {
			return List.of();
		}
		BookingPolicy policy = policies.current();
		Instant now = clock.instant();
		Instant notBefore = query.online() ? now.plus(Duration.ofMinutes(policy.minNoticeMinutes())) : now;
		Instant notAfter = query.online() ? now.plus(Duration.ofDays(policy.horizonDays())) : Instant.MAX;
		Instant windowFrom = query.from().minusDays(1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
		Instant windowTo = query.to().plusDays(2).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
		List<UUID> ids = who.stream().map(practitioner -> practitioner.id().id()).toList();
		Map<UUID, List<Span>> busy = busyByPractitioner(ids, windowFrom, windowTo);
		Map<UUID, List<Span>> roomBusy = new HashMap<>();
		List<Room> neededRooms = service == null || service.needs() == null ? List.of()
				: rooms.active().stream().filter(room -> room.kind() == service.needs()).toList();
		if (!neededRooms.isEmpty()) {
			roomBusy = busyByRoom(neededRooms.stream().map(room -> room.id().id()).toList(), windowFrom, windowTo);
		}
		Duration length = Duration.ofMinutes(service == null ? query.minutes() : service.minutes());
		Duration before = Duration.ofMinutes(service == null ? 0 : service.bufferBefore());
		Duration after = Duration.ofMinutes(service == null ? 0 : service.bufferAfter());
		List<Location> places = locations.all();
		List<Slot> slots = new ArrayList<>();
		for (Practitioner practitioner : who) {
			Location location = locationOf(practitioner, places);
			List<Span> working = FreeTime.working(query.from(), query.to(), location.zone(), practitioner.hours(),
					location.hours());
			List<Span> taken = busy.getOrDefault(practitioner.id().id(), List.of());
			for (Instant start : FreeTime.starts(working, taken, length, before, after,
					Duration.ofMinutes(policy.slotStepMinutes()), notBefore, notAfter)) {
				Instant end = start.plus(length);
				RoomId room = null;
				if (service != null && service.needs() != null) {
					room = freeRoom(neededRooms, roomBusy, location.id(), start.minus(before), end.plus(after));
					if (room == null) {
						continue;
					}
				}
				slots.add(new Slot(practitioner.id(), start, end, room));
			}
		}
		Map<PractitionerId, String> names = who.stream().collect(Collectors.toMap(Practitioner::id, Practitioner::name));
		slots.sort(Comparator.comparing(Slot::start).thenComparing(slot -> names.get(slot.practitioner())));
		return slots;
	}

	/**
	 * A practitioner's working time on each date (hours within the location's opening hours), for a
	 * calendar that has read the locations once for all its columns.
	 */
	public static List<Slot> working(Practitioner practitioner, List<Location> locations, LocalDate from, LocalDate to) {
		Location location = locationOf(practitioner, locations);
		return FreeTime.working(from, to, location.zone(), practitioner.hours(), location.hours())
			.stream()
			.map(span -> new Slot(practitioner.id(), span.from(), span.to(), null))
			.toList();
	}

	/** Up to {@code count} free slots nearest to {@code wanted}, within a week after it, for the same practitioner. */
	public List<Slot> nearest(PractitionerId practitioner, ServiceId service, int minutes, Instant wanted, boolean online,
			int count) {
		LocalDate day = wanted.atZone(locations.main().zone()).toLocalDate();
		try {
			List<Slot> slots = find(new AvailabilityQuery(service, minutes, List.of(practitioner), day.minusDays(1),
					day.plusDays(7), online));
			return slots.stream()
				.sorted(Comparator.comparing(slot -> Duration.between(wanted, slot.start()).abs()))
				.limit(count)
				.sorted(Comparator.comparing(Slot::start))
				.toList();
		}
		catch (InvalidSchedule | ScheduleNotFound noneToOffer) {
			return List.of();
		}
	}

	private static Location locationOf(Practitioner practitioner, List<Location> locations) {
		return locations.stream()
			.filter(candidate -> candidate.id().equals(practitioner.location()))
			.findFirst()
			.orElse(locations.get(0));
	}

	/** The first room among {@code rooms} at the location that is free over [from, to), or null. */
	static RoomId freeRoom(List<Room> rooms, Map<UUID, List<Span>> busy, LocationId location, Instant from, Instant to) {
		for (Room room : rooms) {
			if (room.location().equals(location) && !FreeTime.overlapsAny(busy.getOrDefault(room.id().id(), List.of()), from, to)) {
				return room.id();
			}
		}
		return null;
	}

	private List<Practitioner> candidates(AvailabilityQuery query, ClinicService service) {
		return practitioners.active()
			.stream()
			.filter(practitioner -> query.practitioners() == null || query.practitioners().isEmpty()
					|| query.practitioners().contains(practitioner.id()))
			.filter(practitioner -> service == null || practitioner.gives(service.id()))
			.toList();
	}

	Map<UUID, List<Span>> busyByPractitioner(List<UUID> ids, Instant from, Instant to) {
		Map<UUID, List<Span>> busy = spans("""
				SELECT practitioner_id, lower(busy), upper(busy) FROM scheduling_appointment
				WHERE practitioner_id = ANY(?) AND busy && tstzrange(?, ?) AND status IN ('BOOKED', 'ARRIVED', 'ATTENDED')
				""", ids, from, to);
		Map<UUID, List<Span>> off = spans("""
				SELECT practitioner_id, lower(period), upper(period) FROM scheduling_time_off
				WHERE practitioner_id = ANY(?) AND withdrawn_at IS NULL AND period && tstzrange(?, ?)
				""", ids, from, to);
		off.forEach((id, spans) -> busy.merge(id, spans, (a, b) -> {
			List<Span> all = new ArrayList<>(a);
			all.addAll(b);
			return all;
		}));
		busy.replaceAll((id, spans) -> FreeTime.merged(spans));
		return busy;
	}

	Map<UUID, List<Span>> busyByRoom(List<UUID> ids, Instant from, Instant to) {
		Map<UUID, List<Span>> busy = spans("""
				SELECT room_id, lower(busy), upper(busy) FROM scheduling_appointment
				WHERE room_id = ANY(?) AND busy && tstzrange(?, ?) AND status IN ('BOOKED', 'ARRIVED', 'ATTENDED')
				""", ids, from, to);
		busy.replaceAll((id, spans) -> FreeTime.merged(spans));
		return busy;
	}

	private Map<UUID, List<Span>> spans(String sql, List<UUID> ids, Instant from, Instant to) {
		Map<UUID, List<Span>> spans = new HashMap<>();
		jdbc.sql(sql)
			.params(ids.toArray(UUID[]::new), Timestamp.from(from), Timestamp.from(to))
			.query(rs -> {
				spans.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
					.add(new Span(rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant()));
			});
		return spans;
	}

}
