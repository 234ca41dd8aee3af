package org.tonus.scheduling;

import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tonus.identity.AuditEntry;
import org.tonus.identity.AuditLog;

/** Practitioners, their weekly hours, the services they give, their time off and their calendar feed. */
@Component
public class Practitioners {

	private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final JdbcClient jdbc;

	private final Locations locations;

	private final org.tonus.identity.UserAccounts users;

	private final AuditLog audit;

	private final Clock clock;

	Practitioners(JdbcClient jdbc, Locations locations, org.tonus.identity.UserAccounts users, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.locations = locations;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	public record TimeOff(UUID id, Instant from, Instant to, String reason) {
	}

	public List<Practitioner> all() {
		return read("TRUE", List.of());
	}

	public List<Practitioner> active() {
		return read("p.active", List.of());
	}

	public Optional<Practitioner> find(PractitionerId id) {
		return read("p.id = ?", List.of(id.id())).stream().findFirst();
	}

	public Practitioner get(PractitionerId id) {
		return find(id).orElseThrow(ScheduleNotFound::new);
	}

	public Optional<Practitioner> forUser(UUID user) {
		return read("p.user_id = ?", List.of(user)).stream().findFirst();
	}

	@Transactional
	public Practitioner create(PractitionerDraft draft) {
		check(draft);
		PractitionerId id = PractitionerId.random();
		jdbc.sql("""
				INSERT INTO scheduling_practitioner (id, user_id, name, email, credentials, location_id, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id.id(), draft.user(), draft.name().strip(), draft.email().strip(), credentials(draft),
					location(draft).id().id(), Timestamp.from(clock.instant()))
			.update();
		writeHoursAndServices(id, draft);
		audit.record(AuditEntry.success("scheduling.practitioner.create", "practitioner", id));
		return get(id);
	}

	@Transactional
	public Practitioner update(PractitionerId id, int version, PractitionerDraft draft) {
		check(draft, id);
		int changed = jdbc.sql("""
				UPDATE scheduling_practitioner SET user_id = ?, name = ?, email = ?, credentials = ?, location_id = ?,
				    version = version + 1
				WHERE id = ? AND version = ?
				""")
			.params(draft.user(), draft.name().strip(), draft.email().strip(), credentials(draft), location(draft).id().id(),
					id.id(), version)
			.update();
		if (changed == 0) {
			get(id);
			throw new InvalidSchedule("version", "stale");
		}
		jdbc.sql("DELETE FROM scheduling_working_hours WHERE practitioner_id = ?").param(id.id()).update();
		jdbc.sql("DELETE FROM scheduling_service_practitioner WHERE practitioner_id = ?").param(id.id()).update();
		writeHoursAndServices(id, draft);
		audit.record(AuditEntry.success("scheduling.practitioner.update", "practitioner", id));
		return get(id);
	}

	@Transactional
	public void setActive(PractitionerId id, boolean active) {
		get(id);
		jdbc.sql("UPDATE scheduling_practitioner SET active = ?, version = version + 1 WHERE id = ?").params(active, id.id()).update();
		audit.record(AuditEntry.success(active ? "scheduling.practitioner.reactivate" : "scheduling.practitioner.deactivate",
				"practitioner", id));
	}

	@Transactional
	public TimeOff addTimeOff(PractitionerId id, Instant from, Instant to, String reason) {
		get(id);
		if (from == null || to == null || !to.isAfter(from)) {
			throw new InvalidSchedule("to", "end-before-start");
		}
		if (reason != null && reason.length() > 200) {
			throw new InvalidSchedule("reason", "too-long");
		}
		UUID timeOff = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO scheduling_time_off (id, practitioner_id, period, reason, created_at)
				VALUES (?, ?, tstzrange(?, ?), ?, ?)
				""")
			.params(timeOff, id.id(), Timestamp.from(from), Timestamp.from(to), reason == null ? "" : reason.strip(),
					Timestamp.from(clock.instant()))
			.update();
		audit.record(AuditEntry.success("scheduling.time-off.create", "practitioner", id));
		return new TimeOff(timeOff, from, to, reason == null ? "" : reason.strip());
	}

	@Transactional
	public void withdrawTimeOff(PractitionerId id, UUID timeOff) {
		int changed = jdbc.sql("""
				UPDATE scheduling_time_off SET withdrawn_at = ? WHERE id = ? AND practitioner_id = ? AND withdrawn_at IS NULL
				""")
			.params(Timestamp.from(clock.instant()), timeOff, id.id())
			.update();
		if (changed == 0) {
			throw new ScheduleNotFound();
		}
		audit.record(AuditEntry.success("scheduling.time-off.withdraw", "practitioner", id));
	}

	public List<TimeOff> timeOff(PractitionerId id, Instant from, Instant to) {
		return jdbc.sql("""
				SELECT id, lower(period), upper(period), reason FROM scheduling_time_off
				WHERE practitioner_id = ? AND withdrawn_at IS NULL AND period && tstzrange(?, ?)
				ORDER BY lower(period)
				""")
			.params(id.id(), Timestamp.from(from), Timestamp.from(to))
			.query((rs, n) -> new TimeOff(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
					rs.getTimestamp(3).toInstant(), rs.getString(4)))
			.list();
	}

	/** A new secret calendar-feed link for the practitioner; any earlier one stops working. */
	@Transactional
	public String issueFeed(PractitionerId id) {
		get(id);
		String token = org.tonus.system.SecretTokens.generate();
		jdbc.sql("UPDATE scheduling_practitioner SET feed_token_hash = ? WHERE id = ?").params(org.tonus.system.SecretTokens.hash(token), id.id()).update();
		audit.record(AuditEntry.success("scheduling.feed.issue", "practitioner", id));
		return token;
	}

	@Transactional
	public void revokeFeed(PractitionerId id) {
		get(id);
		jdbc.sql("UPDATE scheduling_practitioner SET feed_token_hash = NULL WHERE id = ?").param(id.id()).update();
		audit.record(AuditEntry.success("scheduling.feed.revoke", "practitioner", id));
	}

	public boolean hasFeed(PractitionerId id) {
		return jdbc.sql("SELECT feed_token_hash IS NOT NULL FROM scheduling_practitioner WHERE id = ?")
			.param(id.id())
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	public Optional<Practitioner> byFeedToken(String token) {
		if (token == null || token.length() > 64) {
			return Optional.empty();
		}
		return read("p.feed_token_hash = ? AND p.active", List.of(org.tonus.system.SecretTokens.hash(token))).stream().findFirst();
	}

	/** The overlapping intervals among {@code hours}, as issues on {@code field}. */
	static List<ScheduleIssue> overlaps(List<WeeklyHours> hours, String field) {
		for (int i = 0; i < hours.size(); i++) {
			for (int j = i + 1; j < hours.size(); j++) {
				if (hours.get(i).overlaps(hours.get(j))) {
					return List.of(new ScheduleIssue(field, "hours-overlap"));
				}
			}
		}
		return List.of();
	}

	private void check(PractitionerDraft draft) {
		check(draft, null);
	}

	private void check(PractitionerDraft draft, PractitionerId self) {
		List<ScheduleIssue> issues = new ArrayList<>();
		if (draft.name() == null || draft.name().isBlank() || draft.name().strip().length() > 100) {
			issues.add(new ScheduleIssue("name", "name"));
		}
		if (draft.email() == null || !EMAIL.matcher(draft.email().strip()).matches() || draft.email().length() > 254) {
			issues.add(new ScheduleIssue("email", "email"));
		}
		if (draft.credentials() != null && draft.credentials().length() > 100) {
			issues.add(new ScheduleIssue("credentials", "too-long"));
		}
		if (draft.location() != null && locations.find(draft.location()).isEmpty()) {
			issues.add(new ScheduleIssue("location", "unknown-location"));
		}
		issues.addAll(overlaps(draft.hours(), "workingHours"));
		Set<UUID> known = new HashSet<>(jdbc.sql("SELECT id FROM scheduling_service").query(UUID.class).list());
		if (draft.services().stream().anyMatch(service -> !known.contains(service.id()))) {
			issues.add(new ScheduleIssue("services", "unknown-service"));
		}
		if (draft.user() != null && users.find(new org.tonus.identity.UserId(draft.user())).isEmpty()) {
			issues.add(new ScheduleIssue("user", "unknown-user"));
		}
		else if (draft.user() != null && forUser(draft.user()).filter(linked -> !linked.id().equals(self)).isPresent()) {
			issues.add(new ScheduleIssue("user", "user-taken"));
		}
		if (!issues.isEmpty()) {
			throw new InvalidSchedule(issues);
		}
	}

	private Location location(PractitionerDraft draft) {
		return draft.location() == null ? locations.main() : locations.find(draft.location()).orElseThrow();
	}

	private static String credentials(PractitionerDraft draft) {
		return draft.credentials() == null ? "" : draft.credentials().strip();
	}

	private void writeHoursAndServices(PractitionerId id, PractitionerDraft draft) {
		for (WeeklyHours hours : draft.hours()) {
			jdbc.sql("INSERT INTO scheduling_working_hours (practitioner_id, weekday, starts, ends) VALUES (?, ?, ?, ?)")
				.params(id.id(), hours.day().getValue(), Time.valueOf(hours.from()), Time.valueOf(hours.to()))
				.update();
		}
		for (ServiceId service : draft.services()) {
			jdbc.sql("INSERT INTO scheduling_service_practitioner (service_id, practitioner_id) VALUES (?, ?)")
				.params(service.id(), id.id())
				.update();
		}
	}

	private List<Practitioner> read(String where, List<Object> params) {
		List<Map.Entry<UUID, WeeklyHours>> hours = jdbc.sql("""
				SELECT h.practitioner_id, h.weekday, h.starts, h.ends FROM scheduling_working_hours h
				JOIN scheduling_practitioner p ON p.id = h.practitioner_id WHERE %s ORDER BY h.weekday, h.starts
				""".formatted(where))
			.params(params)
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), new WeeklyHours(DayOfWeek.of(rs.getInt(2)),
					rs.getTime(3).toLocalTime(), rs.getTime(4).toLocalTime())))
			.list();
		Map<UUID, List<WeeklyHours>> hoursBy = hours.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		Map<UUID, Set<ServiceId>> servicesBy = jdbc.sql("""
				SELECT s.practitioner_id, s.service_id FROM scheduling_service_practitioner s
				JOIN scheduling_practitioner p ON p.id = s.practitioner_id WHERE %s
				""".formatted(where))
			.params(params)
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), new ServiceId(rs.getObject(2, UUID.class))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
		return jdbc.sql("""
				SELECT p.id, p.user_id, p.name, p.email, p.credentials, p.location_id, p.active, p.version
				FROM scheduling_practitioner p WHERE %s ORDER BY p.name, p.id
				""".formatted(where))
			.params(params)
			.query((rs, n) -> {
				UUID id = rs.getObject(1, UUID.class);
				return new Practitioner(new PractitionerId(id), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
						rs.getString(5), new LocationId(rs.getObject(6, UUID.class)), rs.getBoolean(7),
						hoursBy.getOrDefault(id, List.of()), servicesBy.getOrDefault(id, Set.of()), rs.getInt(8));
			})
			.list();
	}

}
