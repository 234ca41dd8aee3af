package org.tonus.system.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a PostgreSQL data directory into a state from which zonky can start it. The library is
 * built for tests and gives up on three situations a real installation meets: a half-built
 * cluster after the first {@code initdb} was interrupted, a postmaster orphaned by a killed JVM,
 * and a stale {@code postmaster.pid} whose pid now belongs to an unrelated process. Must run
 * while holding the {@link DataDirectoryLock}, or it could stop another instance's database.
 */
final class PostmasterGuard {

	static final String INITIALISED_MARKER = "tonus-initialised";

	private static final Logger log = LoggerFactory.getLogger(PostmasterGuard.class);

	private static final Duration FAST_SHUTDOWN_WAIT = Duration.ofSeconds(30);

	private static final Duration IMMEDIATE_SHUTDOWN_WAIT = Duration.ofSeconds(10);

	private PostmasterGuard() {
	}

	static void prepare(Path pgData) throws IOException {
		setAsideIncompleteCluster(pgData);
		Path pidFile = pgData.resolve("postmaster.pid");
		Optional<Long> pid = readPid(pidFile);
		if (pid.isEmpty()) {
			return;
		}
		long postmaster = pid.get();
		if (!isRunning(postmaster)) {
			log.info("Removing a stale postmaster.pid left by an unclean shutdown");
			Files.deleteIfExists(pidFile);
		}
		else if (isPostmasterOf(postmaster, pgData)) {
			log.info("Stopping the PostgreSQL server left running by a previous Tonus process");
			stopOrphan(postmaster, pidFile);
		}
		else {
			log.info("Removing a postmaster.pid whose process id now belongs to another program");
			Files.deleteIfExists(pidFile);
		}
	}

	static void markInitialised(Path pgData) throws IOException {
		Path marker = pgData.resolve(INITIALISED_MARKER);
		if (!Files.exists(marker)) {
			Files.writeString(marker, Instant.now().toString());
		}
	}

	private static void setAsideIncompleteCluster(Path pgData) throws IOException {
		if (!Files.isDirectory(pgData) || Files.exists(pgData.resolve(INITIALISED_MARKER)) || isEmpty(pgData)) {
			return;
		}
		Path aside = pgData.resolveSibling(pgData.getFileName() + ".incomplete-" + Instant.now().toEpochMilli());
		log.warn("The first start of the database did not finish; moving the partial cluster to {} and starting afresh",
				aside.getFileName());
		Files.move(pgData, aside, StandardCopyOption.ATOMIC_MOVE);
	}

	private static void stopOrphan(long pid, Path pidFile) throws IOException {
		signal(pid, "INT");
		if (awaitGone(pid, pidFile, FAST_SHUTDOWN_WAIT)) {
			return;
		}
		signal(pid, "QUIT");
		if (!awaitGone(pid, pidFile, IMMEDIATE_SHUTDOWN_WAIT)) {
			throw new IllegalStateException("A PostgreSQL server (pid " + pid + ") from an earlier run is still "
					+ "running on the data directory and did not stop; stop it and start Tonus again.");
		}
	}

	// An exited orphan stays a zombie until init reaps it, so watch the pid file, not the process.
	private static boolean awaitGone(long pid, Path pidFile, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!Files.exists(pidFile) || !isRunning(pid)) {
				return true;
			}
			sleep(50);
		}
		return false;
	}

	// Zombies count as alive for kill(pid, 0) and ProcessHandle, so read the state from /proc.
	static boolean isRunning(long pid) {
		Path stat = Path.of("/proc", Long.toString(pid), "stat");
		try {
			String line = Files.readString(stat);
			String afterName = line.substring(line.lastIndexOf(')') + 2);
			char state = afterName.charAt(0);
			return state != 'Z' && state != 'X';
		}
		catch (IOException | RuntimeException gone) {
			return false;
		}
	}

	private static boolean isPostmasterOf(long pid, Path pgData) {
		Path proc = Path.of("/proc", Long.toString(pid));
		try {
			Path exe = Files.readSymbolicLink(proc.resolve("exe"));
			Path cwd = Files.readSymbolicLink(proc.resolve("cwd"));
			return exe.getFileName().toString().equals("postgres") && sameFile(cwd, pgData);
		}
		catch (IOException | UnsupportedOperationException unknown) {
			return ProcessHandle.of(pid)
				.flatMap(handle -> handle.info().command())
				.map(command -> command.endsWith("/postgres"))
				.orElse(false);
		}
	}

	private static boolean sameFile(Path a, Path b) {
		try {
			return Files.isSameFile(a, b);
		}
		catch (IOException e) {
			return false;
		}
	}

	private static Optional<Long> readPid(Path pidFile) {
		try {
			List<String> lines = Files.readAllLines(pidFile);
			return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
		}
		catch (IOException | NumberFormatException unreadable) {
			return Optional.empty();
		}
	}

	private static void signal(long pid, String signal) throws IOException {
		try {
			new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while stopping a leftover PostgreSQL server", e);
		}
	}

	private static boolean isEmpty(Path dir) throws IOException {
		try (Stream<Path> entries = Files.list(dir)) {
			return entries.findAny().isEmpty();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

}
