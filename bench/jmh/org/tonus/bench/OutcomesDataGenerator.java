package org.tonus.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Fills a running Tonus's embedded database for bench/outcomes.sh: {@code clients} synthetic
 * clients, each with a prescription (one of five diagnoses), ten weekly finished treatment visits
 * and pain ratings at each visit that fall, stay or relapse depending on the client, so that
 * {@code clients} × 10 measures exist; and one more client with 200 pain ratings and a visit, whose
 * id is printed.
 *
 *   java -cp ... org.tonus.bench.OutcomesDataGenerator <data dir> <clients>
 */
public final class OutcomesDataGenerator {

	private OutcomesDataGenerator() {
	}

	public static void main(String[] args) throws Exception {
		Path data = Path.of(args[0]);
		int clients = Integer.parseInt(args[1]);
		try (Connection db = EmbeddedDatabase.connect(data);
				Statement sql = db.createStatement()) {
			sql.execute("""
					CREATE TEMP TABLE bench_client AS
					SELECT row_number() OVER () - 1 AS n, gen_random_uuid() AS id FROM generate_series(1, %d)
					""".formatted(clients));
			sql.execute("""
					INSERT INTO client_client (id, given_name, family_name, email, preferred_contact, created_at, updated_at)
					SELECT id, 'Bench', 'Outcome ' || n, 'outcome' || n || '@example.com', 'EMAIL', now(), now() FROM bench_client
					""");
			sql.execute("""
					INSERT INTO intake_prescription (id, client_id, prescriber_name, prescribed_on, diagnoses, authorised_visits, created_at)
					SELECT gen_random_uuid(), id, 'Dr Bench', current_date - 70,
					       ARRAY[(ARRAY['M54.2', 'M54.50', 'M79.10', 'G44.209', 'M25.511'])[n % 5 + 1]], 12, now()
					FROM bench_client
					""");
			sql.execute("""
					INSERT INTO treatment_session (id, client_id, visit_date, pain_before, started_at, finished_at)
					SELECT gen_random_uuid(), id, current_date - 70 + k * 7, 6, now(), now()
					FROM bench_client CROSS JOIN generate_series(0, 9) AS k
					""");
			// pain from 7: a third improve by 4 points over the visits, a third by 1, a third relapse after improving
			sql.execute("""
					INSERT INTO outcomes_response (id, client_id, instrument_id, answers, score, answered, prorated, measured_on,
					    source, created_at)
					SELECT gen_random_uuid(), id, 'nrs-pain', jsonb_build_object('pain', s.score), s.score, 1, false,
					       current_date - 70 + k * 7, 'STAFF', now()
					FROM bench_client CROSS JOIN generate_series(0, 9) AS k
					CROSS JOIN LATERAL (SELECT CASE n % 3 WHEN 0 THEN 7 - (k * 4) / 9 WHEN 1 THEN 7 - k / 9
					                                       ELSE 7 - least(k, 5) / 2 + greatest(k - 5, 0) END AS score) s
					""");
			sql.execute("""
					INSERT INTO client_client (id, given_name, family_name, email, preferred_contact, created_at, updated_at)
					VALUES ('00000000-0000-4000-8000-000000000200', 'Trend', 'Twohundred', 'trend@example.com', 'EMAIL', now(), now())
					""");
			sql.execute("""
					INSERT INTO treatment_session (id, client_id, visit_date, pain_before, started_at, finished_at)
					VALUES (gen_random_uuid(), '00000000-0000-4000-8000-000000000200', current_date - 1, 6, now(), now())
					""");
			sql.execute("""
					INSERT INTO outcomes_response (id, client_id, instrument_id, answers, score, answered, prorated, measured_on,
					    source, created_at)
					SELECT gen_random_uuid(), '00000000-0000-4000-8000-000000000200', 'nrs-pain',
					       jsonb_build_object('pain', 3 + k % 5), 3 + k % 5, 1, false, current_date - 200 + k, 'STAFF', now()
					FROM generate_series(0, 199) AS k
					""");
			sql.execute("ANALYZE");
			try (ResultSet count = sql.executeQuery("SELECT count(*) FROM outcomes_response")) {
				count.next();
				System.out.println("measures stored: " + count.getLong(1));
			}
		}
	}

}
