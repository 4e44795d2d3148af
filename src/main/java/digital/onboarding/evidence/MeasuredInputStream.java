package digital.onboarding.evidence;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * Passes an upload through while counting its bytes and computing its SHA-256 (on a
 * thread of its own, see {@link BackgroundDigest}), so the upload is read only once;
 * stops it as soon as it is larger than allowed.
 */
final class MeasuredInputStream extends FilterInputStream {

	private final long limit;

	private final Supplier<? extends RuntimeException> tooLarge;

	private final BackgroundDigest digest = new BackgroundDigest();

	private long size;

	private boolean readFailed;

	MeasuredInputStream(InputStream in, long limit, Supplier<? extends RuntimeException> tooLarge) {
		super(in);
		this.limit = limit;
		this.tooLarge = tooLarge;
	}

	@Override
	public int read() throws IOException {
		int b = reading(super::read);
		if (b != -1) {
			counted(1);
			this.digest.update((byte) b);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int read = reading(() -> super.read(buffer, offset, length));
		if (read > 0) {
			counted(read);
			this.digest.update(buffer, offset, read);
		}
		return read;
	}

	/** Skipped bytes would be missing from the hash: read them instead. */
	@Override
	public long skip(long n) throws IOException {
		return Math.max(0, read(new byte[(int) Math.min(Math.max(n, 0), 8192)]));
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	/**
	 * Whether reading the upload itself failed (the sender went away, say), as opposed to
	 * storing what was read.
	 */
	boolean readFailed() {
		return this.readFailed;
	}

	private int reading(Read read) throws IOException {
		try {
			return read.next();
		}
		catch (IOException ex) {
			this.readFailed = true;
			throw ex;
		}
	}

	long size() {
		return this.size;
	}

	/** The SHA-256 of everything read, as lower-case hex; call once, at the end. */
	String sha256() throws IOException {
		return this.digest.sha256();
	}

	/** Stops hashing when the upload will not be finished. */
	void abandon() {
		this.digest.abandon();
	}

	private void counted(int bytes) {
		this.size += bytes;
		if (this.size > this.limit) {
			throw this.tooLarge.get();
		}
	}

	private interface Read {

		int next() throws IOException;

	}

}
