package org.tonus.system.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The crash scenarios of research/embedded-postgres-prototype.md, each ending with the data
 * written before the crash still there. The server runs in a separate JVM where a test needs to
 * kill it.
 */
class EmbeddedDatabaseRecoveryTests {

	@TempDir
	Path data;

	@Test
	void recoversAfterTheJvmIsKilledAndLeavesItsPostgresRunning() throws Exception {
		Process server = startInSeparateJvm();
		writeRow(server);
		long postmaster = postmasterPid();
		server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		assertThat(PostmasterGuard.isRunning(postmaster)).as("orphaned postmaster").isTrue();

		try (EmbeddedDatabase restarted = EmbeddedDatabase.start(data, 0)) {
			assertThat(rows(restarted)).containsExactly("before the crash");
		}
		assertThat(PostmasterGuard.isRunning(postmaster)).isFalse();
	}

	@Test
	void recoversAfterTheJvmAndPostgresAreBothKilled() throws Exception {
		Process server = startInSeparateJvm();
		writeRow(server);
		long postmaster = postmasterPid();
		List<ProcessHandle> postgres = Stream.concat(ProcessHandle.of(postmaster).stream(),
				ProcessHandle.of(postmaster).stream().flatMap(ProcessHandle::descendants)).toList();
		server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		new ProcessBuilder("kill", "-9", Long.toString(postmaster)).start().waitFor();
		postgres.forEach(ProcessHandle::destroyForcibly);
		awaitGone(postmaster);
		assertThat(data.resolve("postgres/postmaster.pid")).exists();

		try (EmbeddedDatabase restarted = EmbeddedDatabase.start(data, 0)) {
			assertThat(rows(restarted)).containsExactly("before the crash");
		}
	}

	@Test
	void startsOverAPidFileNamingAnUnrelatedLiveProcess() throws Exception {
		try (EmbeddedDatabase first = EmbeddedDatabase.start(data, 0)) {
			insert(first.port(), first.password());
		}
		Process unrelated = new ProcessBuilder("sleep", "60").start();
		try {
			Files.writeString(data.resolve("postgres/postmaster.pid"), unrelated.pid() + "\n" + data + "\n");
			try (EmbeddedDatabase restarted = EmbeddedDatabase.start(data, 0)) {
				assertThat(rows(restarted)).containsExactly("before the crash");
			}
			assertThat(unrelated.isAlive()).as("the unrelated process is left alone").isTrue();
		}
		finally {
			unrelated.destroyForcibly();
		}
	}

	@Test
	void startsAfreshWhenTheFirstStartWasInterruptedDuringInitdb() throws Exception {
		Path pgData = data.resolve("postgres");
		Files.createDirectories(pgData.resolve("base"));
		Files.writeString(pgData.resolve("postgresql.conf"), "# half-written by an interrupted initdb\n");

		try (EmbeddedDatabase database = EmbeddedDatabase.start(data, 0)) {
			insert(database.port(), database.password());
			assertThat(rows(database)).containsExactly("before the crash");
		}
		try (Stream<Path> entries = Files.list(data)) {
			assertThat(entries.map(path -> path.getFileName().toString()))
				.anyMatch(name -> name.startsWith("postgres.incomplete-"));
		}
	}

	@Test
	void commitsDurablyAndOnlyAcceptsThePassword() throws Exception {
		try (EmbeddedDatabase database = EmbeddedDatabase.start(data, 0);
				Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
						database.password());
				Statement statement = connection.createStatement()) {
			assertThat(setting(statement, "fsync")).isEqualTo("on");
			assertThat(setting(statement, "synchronous_commit")).isEqualTo("on");
			assertThat(setting(statement, "full_page_writes")).isEqualTo("on");
			assertThat(setting(statement, "unix_socket_directories")).isEmpty();
			assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), "postgres", "wrong"))
				.isInstanceOf(SQLException.class);
			assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), "postgres", ""))
				.isInstanceOf(SQLException.class);
			assertThat(Files.getPosixFilePermissions(data.resolve("postgres.secret")))
				.containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
						java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
		}
	}

	@Test
	void refusesASecondProcessOnTheSameDataDirectory() throws Exception {
		try (EmbeddedDatabase first = EmbeddedDatabase.start(data, 0)) {
			assertThat(EmbeddedDatabase.isInUse(data)).isTrue();
			assertThatThrownBy(() -> EmbeddedDatabase.start(data, 0)).isInstanceOf(DataDirectoryInUse.class);
			insert(first.port(), first.password());
			assertThat(rows(first)).containsExactly("before the crash");
		}
		assertThat(EmbeddedDatabase.isInUse(data)).isFalse();
	}

	@Test
	void survivesACleanRestart() throws Exception {
		try (EmbeddedDatabase first = EmbeddedDatabase.start(data, 0)) {
			insert(first.port(), first.password());
		}
		assertThat(data.resolve("postgres/postmaster.pid")).doesNotExist();
		try (EmbeddedDatabase second = EmbeddedDatabase.start(data, 0)) {
			assertThat(rows(second)).containsExactly("before the crash");
		}
	}

	private Process startInSeparateJvm() throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				EmbeddedDatabaseProcess.class.getName(), data.toString())
			.redirectErrorStream(true)
			.start();
		var reader = new BufferedReader(new InputStreamReader(process.getInputStream()));
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		String line;
		while ((line = reader.readLine()) != null && System.nanoTime() < deadline) {
			if (line.startsWith("READY ")) {
				portOfChild = Integer.parseInt(line.substring(6).trim());
				Thread drain = new Thread(() -> reader.lines().forEach(ignored -> { }));
				drain.setDaemon(true);
				drain.start();
				return process;
			}
		}
		process.destroyForcibly();
		throw new IllegalStateException("The database process did not start");
	}

	private int portOfChild;

	private void writeRow(Process server) throws Exception {
		assertThat(server.isAlive()).isTrue();
		insert(portOfChild, Files.readString(data.resolve("postgres.secret")).trim());
	}

	private long postmasterPid() throws IOException {
		return Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(0).trim());
	}

	private static void awaitGone(long pid) throws InterruptedException {
		for (int i = 0; i < 200 && PostmasterGuard.isRunning(pid); i++) {
			Thread.sleep(50);
		}
	}

	private static void insert(int port, String password) throws SQLException {
		try (Connection connection = DriverManager.getConnection(EmbeddedDatabase.jdbcUrl(port, "tonus"), "postgres", password);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE IF NOT EXISTS crash_probe (note text)");
			statement.execute("INSERT INTO crash_probe VALUES ('before the crash')");
		}
	}

	private static List<String> rows(EmbeddedDatabase database) throws SQLException {
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
				database.password());
				Statement statement = connection.createStatement();
				var result = statement.executeQuery("SELECT note FROM crash_probe")) {
			var notes = new java.util.ArrayList<String>();
			while (result.next()) {
				notes.add(result.getString(1));
			}
			return notes;
		}
	}

	private static String setting(Statement statement, String name) throws SQLException {
		try (var result = statement.executeQuery("SHOW " + name)) {
			result.next();
			return result.getString(1);
		}
	}

}
