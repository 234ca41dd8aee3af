package org.tonus.system.database;

import java.nio.file.Path;

/** Runs an {@link EmbeddedDatabase} in a JVM of its own, so a test can kill that JVM. */
public final class EmbeddedDatabaseProcess {

	private EmbeddedDatabaseProcess() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), 0);
		System.out.println("READY " + database.port());
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}

}
