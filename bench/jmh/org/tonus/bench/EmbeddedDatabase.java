package org.tonus.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/** A connection to the embedded PostgreSQL of a running Tonus, found from its data directory. */
final class EmbeddedDatabase {

	private EmbeddedDatabase() {
	}

	static Connection connect(Path data) throws IOException, SQLException {
		List<String> pid = Files.readAllLines(data.resolve("postgres/postmaster.pid"));
		String url = "jdbc:postgresql://localhost:" + pid.get(3).trim() + "/tonus";
		return DriverManager.getConnection(url, "postgres", Files.readString(data.resolve("postgres.secret")).trim());
	}

}
