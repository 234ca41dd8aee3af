package org.tonus.system.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One Tonus process per data directory. The lock is taken before anything touches PostgreSQL,
 * because the {@link PostmasterGuard} stops a postmaster it finds running: without the lock a
 * second instance would "recover" the first one's live database.
 */
final class DataDirectoryLock implements AutoCloseable {

	private final FileChannel channel;

	private final FileLock lock;

	private DataDirectoryLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	static DataDirectoryLock acquire(Path dataRoot) throws IOException {
		Path lockFile = dataRoot.resolve("tonus.lock");
		FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		FileLock lock;
		try {
			lock = channel.tryLock();
		}
		catch (OverlappingFileLockException alreadyHeldByThisJvm) {
			lock = null;
		}
		if (lock == null) {
			channel.close();
			throw new DataDirectoryInUse(dataRoot);
		}
		return new DataDirectoryLock(channel, lock);
	}

	static boolean isHeld(Path dataRoot) throws IOException {
		if (!Files.exists(dataRoot.resolve("tonus.lock"))) {
			return false;
		}
		try (DataDirectoryLock probe = acquire(dataRoot)) {
			return false;
		}
		catch (DataDirectoryInUse inUse) {
			return true;
		}
	}

	@Override
	public void close() throws IOException {
		lock.release();
		channel.close();
	}

}
