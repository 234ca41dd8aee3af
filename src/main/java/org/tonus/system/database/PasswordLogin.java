package org.tonus.system.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * zonky initialises clusters with {@code trust} authentication, letting any local user in as
 * superuser. On the first start (while trust still works) this sets a SCRAM password and rewrites
 * {@code pg_hba.conf} so only password logins over loopback are accepted.
 */
final class PasswordLogin {

	private static final String HBA = """
			# Written by Tonus: password (SCRAM) logins over loopback only. There is no Unix socket.
			host all all 127.0.0.1/32 scram-sha-256
			host all all ::1/128 scram-sha-256
			""";

	private PasswordLogin() {
	}

	static boolean trustsLocalUsers(Path pgData) throws IOException {
		return Files.readAllLines(pgData.resolve("pg_hba.conf"))
			.stream()
			.map(String::trim)
			.filter(line -> !line.startsWith("#"))
			.anyMatch(line -> line.endsWith("trust"));
	}

	static void enforce(int port, Path pgData, String password) throws IOException {
		if (!trustsLocalUsers(pgData)) {
			return;
		}
		try (Connection connection = DriverManager.getConnection(EmbeddedDatabase.jdbcUrl(port, "postgres"),
				EmbeddedDatabase.SUPERUSER, "");
				Statement statement = connection.createStatement()) {
			statement.execute("SET password_encryption = 'scram-sha-256'");
			statement.execute("ALTER ROLE " + EmbeddedDatabase.SUPERUSER + " PASSWORD '" + password + "'");
			Files.writeString(pgData.resolve("pg_hba.conf"), HBA);
			statement.execute("SELECT pg_reload_conf()");
		}
		catch (SQLException e) {
			throw new IOException("Could not switch the embedded PostgreSQL to password login", e);
		}
	}

}
