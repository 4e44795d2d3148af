package digital.onboarding.platform;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps one service at a time on an embedded database's data folder. The lock is the
 * operating system's, on a file beside the folder (initdb wants the folder itself empty),
 * so it is released however the process ends, {@code kill -9} included.
 */
final class DataFolderLock implements AutoCloseable {

	private final FileChannel channel;

	private final FileLock lock;

	private DataFolderLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * @throws IllegalStateException if another process holds the folder
	 */
	static DataFolderLock acquire(Path dataDirectory) throws IOException {
		var file = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".lock");
		var channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		FileLock lock;
		try {
			lock = channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			// Held by this very process, as when a second service starts in one JVM.
			lock = null;
		}
		catch (IOException | RuntimeException ex) {
			channel.close();
			throw ex;
		}
		if (lock == null) {
			channel.close();
			throw new IllegalStateException("Another running service uses the data folder " + dataDirectory
					+ ": stop it first, or give this one a folder of its own "
					+ "(onboarding.embedded-database.data-directory)");
		}
		return new DataFolderLock(channel, lock);
	}

	@Override
	public void close() throws IOException {
		try {
			this.lock.release();
		}
		finally {
			this.channel.close();
		}
	}

}
