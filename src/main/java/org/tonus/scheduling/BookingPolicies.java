package org.tonus.scheduling;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tonus.identity.AuditEntry;
import org.tonus.identity.AuditLog;

/** Reads and changes the booking rules; keeps the key that signs the links sent to clients. */
@Component
public class BookingPolicies {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	BookingPolicies(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	public BookingPolicy current() {
		return jdbc.sql("""
				SELECT online_booking, horizon_days, min_notice_minutes, late_cancel_hours, reminder_leads, slot_step_minutes
				FROM scheduling_settings WHERE id = 1
				""")
			.query((rs, n) -> new BookingPolicy(rs.getBoolean(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), leads(rs.getArray(5)),
					rs.getInt(6)))
			.single();
	}

	@Transactional
	public void save(BookingPolicy policy) {
		jdbc.sql("""
				UPDATE scheduling_settings SET online_booking = ?, horizon_days = ?, min_notice_minutes = ?,
				    late_cancel_hours = ?, reminder_leads = ?::integer[], slot_step_minutes = ?
				WHERE id = 1
				""")
			.params(policy.onlineBooking(), policy.horizonDays(), policy.minNoticeMinutes(), policy.lateCancelHours(),
					policy.reminderLeads().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}")),
					policy.slotStepMinutes())
			.update();
		audit.record(AuditEntry.success("scheduling.policy.update", "clinic", "booking-policy"));
	}

	byte[] linkKey() {
		return jdbc.sql("SELECT link_key FROM scheduling_settings WHERE id = 1").query(byte[].class).single();
	}

	private static List<Integer> leads(Array array) throws SQLException {
		return Arrays.stream((Integer[]) array.getArray()).toList();
	}

}
