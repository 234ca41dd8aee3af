package org.tonus.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/**
 * Fills a running Tonus's embedded database with {@code count} past appointments spread over the
 * practitioners that exist (one an hour each, going back in time, attended), and {@code clients}
 * synthetic clients, for bench/scheduling.sh. No two appointments of one practitioner or one
 * client overlap, so the exclusion constraints accept every row.
 *
 *   java -cp ... org.tonus.bench.ScheduleDataGenerator <data dir> <appointments> <clients>
 */
public final class ScheduleDataGenerator {

	private ScheduleDataGenerator() {
	}

	public static void main(String[] args) throws Exception {
		Path data = Path.of(args[0]);
		int count = Integer.parseInt(args[1]);
		int clients = Integer.parseInt(args[2]);
		try (Connection db = EmbeddedDatabase.connect(data);
				Statement sql = db.createStatement()) {
			sql.execute("""
					CREATE TEMP TABLE bench_client AS
					SELECT row_number() OVER () - 1 AS n, gen_random_uuid() AS id FROM generate_series(1, %d)
					""".formatted(clients));
			sql.execute("""
					INSERT INTO client_client (id, given_name, family_name, email, preferred_contact, created_at, updated_at)
					SELECT id, 'Bench', 'Client ' || n, 'bench' || n || '@example.com', 'EMAIL', now(), now() FROM bench_client
					""");
			sql.execute("""
					CREATE TEMP TABLE bench_practitioner AS
					SELECT row_number() OVER (ORDER BY id) - 1 AS p, id, location_id FROM scheduling_practitioner
					""");
			// practitioner p's k-th visit is k+1 hours before the hour; its client (k * P + p) mod C differs
			// from every other practitioner's client in that hour, so no client is in two places
			sql.execute("""
					INSERT INTO scheduling_appointment (id, practitioner_id, client_id, location_id, starts_at, ends_at, busy, status,
					    source, created_at, updated_at)
					SELECT gen_random_uuid(), bp.id, bc.id, bp.location_id, t.start, t.start + interval '50 minutes',
					       tstzrange(t.start, t.start + interval '50 minutes'), 'ATTENDED', 'STAFF', now(), now()
					FROM bench_practitioner bp
					CROSS JOIN generate_series(0, %d / (SELECT count(*) FROM bench_practitioner) - 1) AS k
					CROSS JOIN LATERAL (SELECT date_trunc('hour', now()) - ((k + 1) || ' hours')::interval AS start) t
					JOIN bench_client bc ON bc.n = (k * (SELECT count(*) FROM bench_practitioner) + bp.p) %% %d
					""".formatted(count, clients));
			sql.execute("ANALYZE scheduling_appointment");
			sql.execute("ANALYZE client_client");
		}
	}

}
