package org.tonus.scheduling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tonus.client.ClientId;

@Repository
class AppointmentRepository {

	private static final String COLUMNS = """
			id, practitioner_id, client_id, service_id, room_id, location_id, starts_at, ends_at, lower(busy) AS busy_from,
			upper(busy) AS busy_to, status, override_reason, series_id, series_index, source, notes, cancel_reason,
			cancelled_late, version""";

	private final JdbcClient jdbc;

	AppointmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Queues this transaction behind others booking the same practitioner until it ends. The
	 * exclusion constraints decide conflicts either way; the queue keeps fifty simultaneous bookings
	 * of one slot from deadlocking in each other's constraint checks.
	 */
	void lockPractitioner(PractitionerId practitioner) {
		jdbc.sql("SELECT pg_advisory_xact_lock(6, ?)").param(practitioner.id().hashCode()).query((rs, n) -> 1).list();
	}

	/**
	 * Which resource an active overridden appointment (one kept outside the exclusion constraints)
	 * already holds at {@code a}'s time: staff overrides let one booking overlap on purpose, never the
	 * ones that come after it. Call with the practitioner's lock held.
	 */
	java.util.Optional<SlotTaken.Resource> heldByOverride(Appointment a) {
		return jdbc.sql("""
				SELECT CASE WHEN practitioner_id = ? AND busy && tstzrange(?, ?) THEN 'PRACTITIONER'
				            WHEN room_id = ? AND busy && tstzrange(?, ?) THEN 'ROOM' ELSE 'CLIENT' END
				FROM scheduling_appointment
				WHERE override_reason IS NOT NULL AND status IN ('BOOKED', 'ARRIVED', 'ATTENDED') AND id <> ?
				  AND starts_at > ? AND starts_at < ?
				  AND ((practitioner_id = ? AND busy && tstzrange(?, ?)) OR (room_id = ? AND busy && tstzrange(?, ?))
				       OR (client_id = ? AND tstzrange(starts_at, ends_at) && tstzrange(?, ?)))
				LIMIT 1
				""")
			.params(a.practitioner().id(), ts(a.busyFrom()), ts(a.busyTo()), a.room() == null ? null : a.room().id(),
					ts(a.busyFrom()), ts(a.busyTo()), a.id().id(), ts(a.busyFrom().minus(java.time.Duration.ofHours(10))),
					ts(a.busyTo().plus(java.time.Duration.ofHours(2))), a.practitioner().id(), ts(a.busyFrom()), ts(a.busyTo()),
					a.room() == null ? null : a.room().id(), ts(a.busyFrom()), ts(a.busyTo()), a.client().id(), ts(a.start()),
					ts(a.end()))
			.query((rs, n) -> SlotTaken.Resource.valueOf(rs.getString(1)))
			.optional();
	}

	void insert(Appointment a, Instant now, UUID by) {
		jdbc.sql("""
				INSERT INTO scheduling_appointment (id, practitioner_id, client_id, service_id, room_id, location_id, starts_at,
				    ends_at, busy, status, override_reason, series_id, series_index, source, notes, created_at, created_by, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, tstzrange(?, ?), 'BOOKED', ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(a.id().id(), a.practitioner().id(), a.client().id(), a.service() == null ? null : a.service().id(),
					a.room() == null ? null : a.room().id(), a.location().id(), ts(a.start()), ts(a.end()), ts(a.busyFrom()),
					ts(a.busyTo()), a.overrideReason(), a.series(), a.seriesIndex(), a.source().name(), a.notes(), ts(now), by,
					ts(now))
			.update();
	}

	/** @return false when the appointment is not open or not at {@code version} */
	boolean move(Appointment moved, int version, Instant now) {
		return jdbc.sql("""
				UPDATE scheduling_appointment SET practitioner_id = ?, room_id = ?, location_id = ?, starts_at = ?, ends_at = ?,
				    busy = tstzrange(?, ?), override_reason = ?, updated_at = ?, version = version + 1
				WHERE id = ? AND version = ? AND status = 'BOOKED'
				""")
			.params(moved.practitioner().id(), moved.room() == null ? null : moved.room().id(), moved.location().id(),
					ts(moved.start()), ts(moved.end()), ts(moved.busyFrom()), ts(moved.busyTo()), moved.overrideReason(), ts(now),
					moved.id().id(), version)
			.update() == 1;
	}

	boolean cancel(AppointmentId id, String reason, boolean late, Instant now) {
		return jdbc.sql("""
				UPDATE scheduling_appointment SET status = 'CANCELLED', cancel_reason = ?, cancelled_late = ?, cancelled_at = ?,
				    updated_at = ?, version = version + 1
				WHERE id = ? AND status IN ('BOOKED', 'ARRIVED')
				""")
			.params(reason, late, ts(now), ts(now), id.id())
			.update() == 1;
	}

	boolean mark(AppointmentId id, AppointmentStatus from, AppointmentStatus to, Instant now) {
		return jdbc.sql("""
				UPDATE scheduling_appointment SET status = ?, updated_at = ?, version = version + 1 WHERE id = ? AND status = ?
				""")
			.params(to.name(), ts(now), id.id(), from.name())
			.update() == 1;
	}

	Optional<Appointment> find(AppointmentId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM scheduling_appointment WHERE id = ?")
			.param(id.id())
			.query(AppointmentRepository::map)
			.optional();
	}

	/** Appointments (not cancelled) that overlap [from, to), for one practitioner, one room, or all. */
	List<Appointment> between(Instant from, Instant to, PractitionerId practitioner, RoomId room) {
		String filter = practitioner != null ? "practitioner_id = ? AND " : room != null ? "room_id = ? AND " : "";
		// the bounds on starts_at (a visit is at most 8 hours, its buffers at most 2 each) let the
		// planner walk a narrow stretch of the start index instead of every past appointment
		var statement = jdbc.sql("SELECT " + COLUMNS + " FROM scheduling_appointment WHERE " + filter
				+ "busy && tstzrange(?, ?) AND starts_at > ? AND starts_at < ? AND status <> 'CANCELLED' ORDER BY starts_at, id");
		if (practitioner != null) {
			statement = statement.param(practitioner.id());
		}
		else if (room != null) {
			statement = statement.param(room.id());
		}
		return statement.param(ts(from)).param(ts(to)).param(ts(from.minus(java.time.Duration.ofHours(10))))
			.param(ts(to.plus(java.time.Duration.ofHours(2))))
			.query(AppointmentRepository::map)
			.list();
	}

	/** Each client's next booked visit after {@code after}. */
	java.util.Map<ClientId, Instant> nextBooked(Instant after) {
		java.util.Map<ClientId, Instant> next = new java.util.HashMap<>();
		jdbc.sql("""
				SELECT client_id, min(starts_at) FROM scheduling_appointment WHERE status = 'BOOKED' AND starts_at > ? GROUP BY client_id
				""")
			.param(ts(after))
			.query(rs -> {
				next.put(new ClientId(rs.getObject(1, UUID.class)), rs.getTimestamp(2).toInstant());
			});
		return next;
	}

	/** The client's appointments with their practitioner's name, newest first: one statement for the chart. */
	List<java.util.Map.Entry<Appointment, String>> forClientWithNames(ClientId client, int limit) {
		return jdbc.sql("SELECT a.*, p.name AS practitioner_name FROM (SELECT " + COLUMNS
				+ " FROM scheduling_appointment WHERE client_id = ? ORDER BY starts_at DESC LIMIT ?) a"
				+ " JOIN scheduling_practitioner p ON p.id = a.practitioner_id ORDER BY a.starts_at DESC")
			.params(client.id(), limit)
			.query((rs, n) -> java.util.Map.entry(map(rs, n), rs.getString("practitioner_name")))
			.list();
	}

	boolean holdsAt(ClientId client, Instant start) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM scheduling_appointment
				               WHERE client_id = ? AND starts_at = ? AND status IN ('BOOKED', 'ARRIVED', 'ATTENDED'))
				""")
			.params(client.id(), ts(start))
			.query(Boolean.class)
			.single();
	}

	List<Appointment> inSeries(UUID series) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM scheduling_appointment WHERE series_id = ? ORDER BY series_index")
			.param(series)
			.query(AppointmentRepository::map)
			.list();
	}

	static Appointment map(ResultSet rs, int row) throws SQLException {
		UUID service = rs.getObject("service_id", UUID.class);
		UUID room = rs.getObject("room_id", UUID.class);
		Object late = rs.getObject("cancelled_late");
		return new Appointment(new AppointmentId(rs.getObject("id", UUID.class)),
				new PractitionerId(rs.getObject("practitioner_id", UUID.class)), new ClientId(rs.getObject("client_id", UUID.class)),
				service == null ? null : new ServiceId(service), room == null ? null : new RoomId(room),
				new LocationId(rs.getObject("location_id", UUID.class)), rs.getTimestamp("starts_at").toInstant(),
				rs.getTimestamp("ends_at").toInstant(), rs.getTimestamp("busy_from").toInstant(),
				rs.getTimestamp("busy_to").toInstant(), AppointmentStatus.valueOf(rs.getString("status")),
				rs.getString("override_reason"), rs.getObject("series_id", UUID.class),
				(Integer) rs.getObject("series_index"), BookingSource.valueOf(rs.getString("source")), rs.getString("notes"),
				rs.getString("cancel_reason"), late == null ? null : (Boolean) late, rs.getInt("version"));
	}

	private static Timestamp ts(Instant instant) {
		return Timestamp.from(instant);
	}

}
