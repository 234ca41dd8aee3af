package org.tonus.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.tonus.system.database.EmbeddedDatabase;

/**
 * One embedded PostgreSQL for the whole test run, started through Tonus's own
 * {@link EmbeddedDatabase} (so every test run exercises it). Spring tests point the application at
 * it as an external database; tests that need an empty installation get a database of their own.
 */
public final class TestDatabase {

	private static final EmbeddedDatabase SERVER = start();

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private TestDatabase() {
	}

	private static EmbeddedDatabase start() {
		try {
			Path dir = Files.createTempDirectory("tonus-test-db");
			EmbeddedDatabase server = EmbeddedDatabase.start(dir, 0);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					server.close();
				}
				catch (IOException e) {
					// the JVM is exiting anyway
				}
			}));
			return server;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Points a Spring test at the shared cluster, in database {@code database} (created if missing). */
	public static void register(DynamicPropertyRegistry registry, String database) {
		createIfMissing(database);
		registry.add("spring.datasource.url", () -> url(database));
		registry.add("spring.datasource.username", SERVER::username);
		registry.add("spring.datasource.password", SERVER::password);
	}

	/** A new, empty database for a test that needs a fresh installation. */
	public static String freshDatabase(String prefix) {
		String name = prefix + "_" + DATABASES.incrementAndGet() + "_" + ProcessHandle.current().pid();
		createIfMissing(name);
		return name;
	}

	public static String url(String database) {
		return "jdbc:postgresql://localhost:" + SERVER.port() + "/" + database;
	}

	public static Connection connect(String database) throws SQLException {
		return DriverManager.getConnection(url(database), SERVER.username(), SERVER.password());
	}

	private static void createIfMissing(String database) {
		if (!database.matches("[a-z0-9_]+")) {
			throw new IllegalArgumentException(database);
		}
		try (Connection connection = connect("postgres");
				var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
			exists.setString(1, database);
			if (!exists.executeQuery().next()) {
				connection.createStatement().execute("CREATE DATABASE " + database);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

}
