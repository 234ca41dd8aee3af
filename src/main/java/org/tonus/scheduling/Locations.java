package org.tonus.scheduling;

import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tonus.identity.AuditEntry;
import org.tonus.identity.AuditLog;
import org.tonus.system.ClinicProfile;
import org.tonus.system.ClinicProfiles;

/** The clinic's locations. The first one is made from the clinic profile when scheduling is first used. */
@Component
public class Locations {

	private final JdbcClient jdbc;

	private final ClinicProfiles clinic;

	private final AuditLog audit;

	private final Clock clock;

	Locations(JdbcClient jdbc, ClinicProfiles clinic, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.clinic = clinic;
		this.audit = audit;
		this.clock = clock;
	}

	public List<Location> all() {
		List<Location> found = read();
		return found.isEmpty() ? List.of(createFirst()) : found;
	}

	public Location main() {
		return all().get(0);
	}

	public Optional<Location> find(LocationId id) {
		return all().stream().filter(location -> location.id().equals(id)).findFirst();
	}

	@Transactional
	public Location save(Location location) {
		List<ScheduleIssue> issues = new java.util.ArrayList<>();
		if (location.name() == null || location.name().isBlank() || location.name().strip().length() > 120) {
			issues.add(new ScheduleIssue("name", "name"));
		}
		if (location.address() != null && location.address().length() > 300) {
			issues.add(new ScheduleIssue("address", "too-long"));
		}
		issues.addAll(Practitioners.overlaps(location.hours(), "hours"));
		if (!issues.isEmpty()) {
			throw new InvalidSchedule(issues);
		}
		jdbc.sql("""
				INSERT INTO scheduling_location (id, name, time_zone, address, created_at) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (id) DO UPDATE SET name = excluded.name, time_zone = excluded.time_zone, address = excluded.address
				""")
			.params(location.id().id(), location.name().strip(), location.zone().getId(),
					location.address() == null ? "" : location.address().strip(), Timestamp.from(clock.instant()))
			.update();
		jdbc.sql("DELETE FROM scheduling_location_hours WHERE location_id = ?").param(location.id().id()).update();
		for (WeeklyHours hours : location.hours()) {
			jdbc.sql("INSERT INTO scheduling_location_hours (location_id, weekday, opens, closes) VALUES (?, ?, ?, ?)")
				.params(location.id().id(), hours.day().getValue(), Time.valueOf(hours.from()), Time.valueOf(hours.to()))
				.update();
		}
		audit.record(AuditEntry.success("scheduling.location.save", "location", location.id()));
		return find(location.id()).orElseThrow();
	}

	private List<Location> read() {
		var hours = jdbc.sql("SELECT location_id, weekday, opens, closes FROM scheduling_location_hours ORDER BY weekday, opens")
			.query((rs, n) -> java.util.Map.entry(rs.getObject(1, java.util.UUID.class), new WeeklyHours(DayOfWeek.of(rs.getInt(2)),
					rs.getTime(3).toLocalTime(), rs.getTime(4).toLocalTime())))
			.list();
		return jdbc.sql("SELECT id, name, time_zone, address FROM scheduling_location WHERE active ORDER BY created_at, name")
			.query((rs, n) -> {
				java.util.UUID id = rs.getObject(1, java.util.UUID.class);
				return new Location(new LocationId(id), rs.getString(2), ZoneId.of(rs.getString(3)), rs.getString(4),
						hours.stream().filter(entry -> entry.getKey().equals(id)).map(java.util.Map.Entry::getValue).toList());
			})
			.list();
	}

	private Location createFirst() {
		ClinicProfile profile = clinic.current().orElse(new ClinicProfile("Clinic", java.time.ZoneOffset.UTC));
		jdbc.sql("""
				INSERT INTO scheduling_location (id, name, time_zone, created_at)
				SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM scheduling_location)
				""")
			.params(java.util.UUID.randomUUID(), profile.name(), profile.timeZone().getId(), Timestamp.from(clock.instant()))
			.update();
		return read().get(0);
	}

}
