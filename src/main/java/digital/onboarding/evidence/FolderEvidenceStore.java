package digital.onboarding.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;

/**
 * Keeps evidence as files in a folder, one per key. A file is written under a temporary
 * name, flushed to disk and then renamed, so a crash or a refused upload never leaves a
 * partial file under a key.
 */
final class FolderEvidenceStore implements EvidenceStore {

	private static final Pattern KEY = Pattern.compile("[a-z0-9-]+(/[a-z0-9-]+)*");

	/**
	 * Large enough that copying costs little per call, small enough to ignore on the
	 * heap.
	 */
	private static final int BUFFER_SIZE = 256 * 1024;

	private final Path root;

	FolderEvidenceStore(Path folder) {
		this.root = folder.toAbsolutePath().normalize();
	}

	@Override
	public void write(String key, InputStream content) throws IOException {
		var target = resolve(key);
		Files.createDirectories(target.getParent());
		var partial = Files.createTempFile(target.getParent(), ".incoming-", ".part");
		try {
			try (var channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
				copy(content, channel);
				// On disk before it has its name, so a recorded file survives a power
				// cut.
				channel.force(true);
			}
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	@Override
	public InputStream open(String key) throws IOException {
		return Files.newInputStream(resolve(key));
	}

	@Override
	public void delete(String key) throws IOException {
		Files.deleteIfExists(resolve(key));
	}

	/**
	 * Fills the buffer before each write: a stream read from a request gives a few
	 * kilobytes at a time, and a write for each would cost more than the copy itself.
	 */
	private static void copy(InputStream content, FileChannel channel) throws IOException {
		var buffer = new byte[BUFFER_SIZE];
		int read;
		while ((read = content.readNBytes(buffer, 0, buffer.length)) > 0) {
			var chunk = ByteBuffer.wrap(buffer, 0, read);
			while (chunk.hasRemaining()) {
				channel.write(chunk);
			}
		}
	}

	/**
	 * Keys are made by the service; this keeps a wrong one from reaching outside the
	 * folder.
	 */
	private Path resolve(String key) {
		if (!KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("Not an evidence key: " + key);
		}
		return this.root.resolve(key);
	}

}
