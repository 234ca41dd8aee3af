package org.tonus.system;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads and keeps the clinic profile; there is one clinic per installation. */
@Component
public class ClinicProfiles {

	private final JdbcClient jdbc;

	private final Clock clock;

	ClinicProfiles(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Optional<ClinicProfile> current() {
		return jdbc.sql("SELECT name, time_zone FROM system_clinic WHERE id = 1")
			.query((rs, n) -> new ClinicProfile(rs.getString("name"), ZoneId.of(rs.getString("time_zone"))))
			.optional();
	}

	/** Today in the clinic's time zone (UTC until the clinic is set up). */
	public java.time.LocalDate today() {
		return java.time.LocalDate.now(clock.withZone(current().map(ClinicProfile::timeZone).orElse(java.time.ZoneOffset.UTC)));
	}

	@Transactional
	public void save(ClinicProfile profile) {
		jdbc.sql("""
				INSERT INTO system_clinic (id, name, time_zone, created_at, updated_at)
				VALUES (1, :name, :zone, :now, :now)
				ON CONFLICT (id) DO UPDATE SET name = :name, time_zone = :zone, updated_at = :now
				""")
			.param("name", profile.name())
			.param("zone", profile.timeZone().getId())
			.param("now", java.sql.Timestamp.from(clock.instant()))
			.update();
	}

}
