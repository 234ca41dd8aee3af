package org.tonus.scheduling;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tonus.identity.AuditEntry;
import org.tonus.identity.AuditLog;

/** The services clients book (initial consultation, NMT 60 min, chair session…). */
@Component
public class ClinicServices {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	ClinicServices(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	public List<ClinicService> all() {
		return jdbc.sql("""
				SELECT id, name, minutes, buffer_before, buffer_after, price_cents, needs, online, active
				FROM scheduling_service ORDER BY active DESC, position, name
				""")
			.query((rs, n) -> new ClinicService(new ServiceId(rs.getObject(1, UUID.class)), rs.getString(2), rs.getInt(3),
					rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getString(7) == null ? null : RoomKind.valueOf(rs.getString(7)),
					rs.getBoolean(8), rs.getBoolean(9)))
			.list();
	}

	public List<ClinicService> active() {
		return all().stream().filter(ClinicService::active).toList();
	}

	public List<ClinicService> online() {
		return all().stream().filter(service -> service.active() && service.online()).toList();
	}

	public Optional<ClinicService> find(ServiceId id) {
		return all().stream().filter(service -> service.id().equals(id)).findFirst();
	}

	@Transactional
	public ClinicService save(ClinicService service) {
		List<ScheduleIssue> issues = new ArrayList<>();
		if (service.name() == null || service.name().isBlank() || service.name().strip().length() > 100) {
			issues.add(new ScheduleIssue("name", "name"));
		}
		if (service.minutes() < 5 || service.minutes() > 480) {
			issues.add(new ScheduleIssue("minutes", "minutes"));
		}
		if (service.bufferBefore() < 0 || service.bufferBefore() > 120) {
			issues.add(new ScheduleIssue("bufferBefore", "buffer"));
		}
		if (service.bufferAfter() < 0 || service.bufferAfter() > 120) {
			issues.add(new ScheduleIssue("bufferAfter", "buffer"));
		}
		if (service.priceCents() < 0 || service.priceCents() > 10_000_000) {
			issues.add(new ScheduleIssue("price", "price"));
		}
		if (!issues.isEmpty()) {
			throw new InvalidSchedule(issues);
		}
		jdbc.sql("""
				INSERT INTO scheduling_service (id, name, minutes, buffer_before, buffer_after, price_cents, needs, online, active, position)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM scheduling_service))
				ON CONFLICT (id) DO UPDATE SET name = excluded.name, minutes = excluded.minutes,
				    buffer_before = excluded.buffer_before, buffer_after = excluded.buffer_after,
				    price_cents = excluded.price_cents, needs = excluded.needs, online = excluded.online, active = excluded.active
				""")
			.params(service.id().id(), service.name().strip(), service.minutes(), service.bufferBefore(), service.bufferAfter(),
					service.priceCents(), service.needs() == null ? null : service.needs().name(), service.online(),
					service.active())
			.update();
		audit.record(AuditEntry.success("scheduling.service.save", "service", service.id()));
		return find(service.id()).orElseThrow();
	}

}
