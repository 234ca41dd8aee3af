package org.tonus.system.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/** The embedded superuser's password, generated once and kept readable only by its owner. */
final class DatabaseSecret {

	private static final String FILE = "postgres.secret";

	private DatabaseSecret() {
	}

	static String readOrCreate(Path dataRoot) throws IOException {
		Path file = dataRoot.resolve(FILE);
		if (Files.exists(file)) {
			String secret = Files.readString(file).trim();
			if (!secret.isEmpty()) {
				return secret;
			}
		}
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		String secret = HexFormat.of().formatHex(random);
		Path temporary = dataRoot.resolve(FILE + ".new");
		Files.deleteIfExists(temporary);
		Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		Files.writeString(temporary, secret, StandardOpenOption.SYNC);
		Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		return secret;
	}

}
