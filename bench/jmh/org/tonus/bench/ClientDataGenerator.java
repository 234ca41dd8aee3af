package org.tonus.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;

/**
 * Fills a stopped-and-restarted Tonus data directory's embedded database with N synthetic clients
 * and one client with a 1,000-entry timeline, for bench/clients.sh. Prints that client's id.
 *
 *   java -cp ... org.tonus.bench.ClientDataGenerator <data dir> <count>
 */
public final class ClientDataGenerator {

	private ClientDataGenerator() {
	}

	public static void main(String[] args) throws Exception {
		Path data = Path.of(args[0]);
		int count = Integer.parseInt(args[1]);
		try (Connection db = EmbeddedDatabase.connect(data);
				Statement sql = db.createStatement()) {
			sql.execute("""
					INSERT INTO client_client (id, given_name, family_name, date_of_birth, email, phone, preferred_contact,
					    created_at, updated_at)
					SELECT gen_random_uuid(),
					       (ARRAY['Anna','Kwame','Sofia','Liam','Mei','Diego','Aisha','Noah','Fatima','Jonas','Priya','Tomasz',
					              'Elena','Samuel','Hana','Lucas','Grace','Mateo','Ingrid','Omar'])[1 + i %% 20],
					       (ARRAY['Müller','Mensah','Rossi','O''Connor','Chen','Hernández','Rahman','Svensson','Al-Sayed',
					              'Becker','Nair','Nowak','Popescu','Okafor','Tanaka','Moreau','Williams','García','Larsen',
					              'Haddad','Dubois','Patel','Papadopoulos','Brown','Karimi','Nielsen','Diallo','Ruiz','Sato',
					              'Fischer'])[1 + (i * 7) %% 30] || CASE WHEN i %% 3 = 0 THEN '' ELSE '-' || (i %% 997) END,
					       date '1940-01-01' + (i %% 25000),
					       'client' || i || '@example.com',
					       '+1 604 ' || lpad((i * 37 %% 10000000)::text, 7, '0'),
					       'EMAIL', now(), now()
					FROM generate_series(1, %d) AS i
					""".formatted(count));
			UUID id = UUID.randomUUID();
			sql.execute("""
					INSERT INTO client_client (id, given_name, family_name, email, preferred_contact, created_at, updated_at)
					VALUES ('%s', 'Tilda', 'Longhistory', 'tilda@example.com', 'EMAIL', now(), now())
					""".formatted(id));
			sql.execute("""
					INSERT INTO client_timeline_entry (id, client_id, occurred_at, kind, clinical, summary)
					SELECT gen_random_uuid(), '%s', now() - (i || ' hours')::interval, 'bench.entry', i %% 2 = 0,
					       'Synthetic timeline entry ' || i
					FROM generate_series(1, 1000) AS i
					""".formatted(id));
			sql.execute("ANALYZE client_client");
			sql.execute("ANALYZE client_timeline_entry");
			System.out.println(id);
		}
	}

}
