package org.tonus.system.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL server Tonus runs for itself when no external database is configured. It wraps
 * zonky's test-oriented library with what a clinical record store needs: durable commits, a
 * data-directory lock, recovery from crashes of either process, and password-only login.
 * Plain Java, so the recovery behaviour can be tested without Spring.
 */
public final class EmbeddedDatabase implements AutoCloseable {

	public static final String DATABASE = "tonus";

	public static final String SUPERUSER = "postgres";

	private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

	private final DataDirectoryLock lock;

	private final EmbeddedPostgres postgres;

	private final String password;

	private EmbeddedDatabase(DataDirectoryLock lock, EmbeddedPostgres postgres, String password) {
		this.lock = lock;
		this.postgres = postgres;
		this.password = password;
	}

	/**
	 * Starts (or first creates) the cluster under {@code dataRoot}/postgres.
	 * @param port a fixed port, or 0 for any free port
	 */
	public static EmbeddedDatabase start(Path dataRoot, int port) throws IOException {
		Path root = prepareDataRoot(dataRoot);
		DataDirectoryLock lock = DataDirectoryLock.acquire(root);
		try {
			Path pgData = root.resolve("postgres");
			PostmasterGuard.prepare(pgData);
			String password = DatabaseSecret.readOrCreate(root);
			EmbeddedPostgres postgres = builder(root, pgData, port, password).start();
			try {
				// zonky leaves its binaries directory world-writable (it extracts once per JVM, so it may be elsewhere).
				if (Files.isDirectory(root.resolve(".pg-bin"))) {
					Files.setPosixFilePermissions(root.resolve(".pg-bin"), PosixFilePermissions.fromString("rwx------"));
				}
				PasswordLogin.enforce(postgres.getPort(), pgData, password);
				createApplicationDatabase(postgres.getPort(), password);
				PostmasterGuard.markInitialised(pgData);
				return new EmbeddedDatabase(lock, postgres, password);
			}
			catch (IOException | RuntimeException e) {
				postgres.close();
				throw e;
			}
		}
		catch (IOException | RuntimeException e) {
			lock.close();
			throw e;
		}
	}

	/** True when a running Tonus process holds the data directory. */
	public static boolean isInUse(Path dataRoot) throws IOException {
		return Files.isDirectory(dataRoot) && DataDirectoryLock.isHeld(dataRoot.toAbsolutePath().normalize());
	}

	private static EmbeddedPostgres.Builder builder(Path root, Path pgData, int port, String password)
			throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(pgData)
			.setCleanDataDirectory(false)
			// Spring stops the server after the connection pool; zonky's own hook would race it.
			.setRegisterShutdownHook(false)
			.setOverrideWorkingDirectory(root.resolve(".pg-bin").toFile())
			.setPort(port)
			.setPGStartupWait(STARTUP_WAIT)
			.setLocaleConfig("locale", "C")
			.setLocaleConfig("encoding", "UTF8")
			// zonky's defaults are for throw-away test databases; clinical records need durable commits.
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setServerConfig("max_connections", "40")
			.setServerConfig("listen_addresses", "localhost")
			.setServerConfig("unix_socket_directories", "")
			.setServerConfig("timezone", "UTC");
		if (Files.exists(pgData.resolve("pg_hba.conf")) && !PasswordLogin.trustsLocalUsers(pgData)) {
			builder.setConnectConfig("password", password);
		}
		return builder;
	}

	private static Path prepareDataRoot(Path dataRoot) throws IOException {
		Path root = dataRoot.toAbsolutePath().normalize();
		if (!Files.exists(root)) {
			Files.createDirectories(root);
			Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
		}
		Object owner = Files.getAttribute(root, "unix:uid");
		Object self = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
		if (!owner.equals(self)) {
			throw new IllegalStateException("The data directory " + root + " belongs to another user (uid " + owner
					+ "); run Tonus as that user, or give the directory to uid " + self + ".");
		}
		return root;
	}

	private static void createApplicationDatabase(int port, String password) throws IOException {
		try (Connection connection = DriverManager.getConnection(jdbcUrl(port, "postgres"), SUPERUSER, password);
				Statement statement = connection.createStatement()) {
			var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
			if (!exists.next()) {
				statement.execute("CREATE DATABASE " + DATABASE);
			}
		}
		catch (SQLException e) {
			throw new IOException("Could not create the Tonus database in the embedded PostgreSQL", e);
		}
	}

	static String jdbcUrl(int port, String database) {
		return "jdbc:postgresql://localhost:" + port + "/" + database;
	}

	public String jdbcUrl() {
		return jdbcUrl(postgres.getPort(), DATABASE);
	}

	public String username() {
		return SUPERUSER;
	}

	public String password() {
		return password;
	}

	public int port() {
		return postgres.getPort();
	}

	@Override
	public void close() throws IOException {
		try {
			postgres.close();
		}
		finally {
			lock.close();
		}
	}

}
