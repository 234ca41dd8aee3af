package org.tonus.system.database;

import java.nio.file.Path;

/** Another Tonus process (a server or an admin command) holds the data directory. */
public class DataDirectoryInUse extends RuntimeException {

	public DataDirectoryInUse(Path dataRoot) {
		super("The data directory " + dataRoot + " is in use by another running Tonus process. "
				+ "Stop that process first (or, for admin tasks, use the web UI of the running server).");
	}

}
