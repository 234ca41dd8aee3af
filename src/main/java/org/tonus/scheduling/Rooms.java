package org.tonus.scheduling;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tonus.identity.AuditEntry;
import org.tonus.identity.AuditLog;

/** Rooms, tables and massage chairs: capacity one each, at a location. */
@Component
public class Rooms {

	private final JdbcClient jdbc;

	private final Locations locations;

	private final AuditLog audit;

	Rooms(JdbcClient jdbc, Locations locations, AuditLog audit) {
		this.jdbc = jdbc;
		this.locations = locations;
		this.audit = audit;
	}

	public List<Room> all() {
		return jdbc.sql("SELECT id, location_id, name, kind, active FROM scheduling_room ORDER BY active DESC, name")
			.query((rs, n) -> new Room(new RoomId(rs.getObject(1, UUID.class)), new LocationId(rs.getObject(2, UUID.class)),
					rs.getString(3), RoomKind.valueOf(rs.getString(4)), rs.getBoolean(5)))
			.list();
	}

	public List<Room> active() {
		return all().stream().filter(Room::active).toList();
	}

	public Optional<Room> find(RoomId id) {
		return all().stream().filter(room -> room.id().equals(id)).findFirst();
	}

	@Transactional
	public Room save(Room room) {
		if (room.name() == null || room.name().isBlank() || room.name().strip().length() > 80) {
			throw new InvalidSchedule("name", "name");
		}
		LocationId location = room.location() == null ? locations.main().id() : room.location();
		if (locations.find(location).isEmpty()) {
			throw new InvalidSchedule("location", "unknown-location");
		}
		jdbc.sql("""
				INSERT INTO scheduling_room (id, location_id, name, kind, active) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (id) DO UPDATE SET location_id = excluded.location_id, name = excluded.name, kind = excluded.kind,
				    active = excluded.active
				""")
			.params(room.id().id(), location.id(), room.name().strip(), room.kind().name(), room.active())
			.update();
		audit.record(AuditEntry.success("scheduling.room.save", "room", room.id()));
		return find(room.id()).orElseThrow();
	}

}
