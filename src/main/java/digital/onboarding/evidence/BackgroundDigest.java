package digital.onboarding.evidence;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A SHA-256 computed on a thread of its own while the content is still arriving, so that
 * hashing a large upload (about 0.5 s a gigabyte here) overlaps receiving and storing it
 * instead of adding to them. Content is copied into a few blocks of 256 KB, which the
 * thread hashes in order; content smaller than one block is hashed at the end, without a
 * thread.
 */
final class BackgroundDigest {

	static final int BLOCK_SIZE = 256 * 1024;

	/** Enough for the thread to work on one while the next fill. */
	private static final int BLOCKS = 3;

	private static final Block END = new Block(new byte[0], 0);

	private final MessageDigest digest;

	private final BlockingQueue<Block> queue = new ArrayBlockingQueue<>(BLOCKS + 1);

	private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BLOCKS);

	private byte[] block = new byte[BLOCK_SIZE];

	private int filled;

	private int allocated = 1;

	private Thread thread;

	BackgroundDigest() {
		try {
			this.digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", ex);
		}
	}

	void update(byte b) throws IOException {
		this.block[this.filled++] = b;
		if (this.filled == BLOCK_SIZE) {
			submit();
		}
	}

	void update(byte[] bytes, int offset, int length) throws IOException {
		while (length > 0) {
			int n = Math.min(length, BLOCK_SIZE - this.filled);
			System.arraycopy(bytes, offset, this.block, this.filled, n);
			this.filled += n;
			offset += n;
			length -= n;
			if (this.filled == BLOCK_SIZE) {
				submit();
			}
		}
	}

	/** The SHA-256 of everything given, as lower-case hex; call once, at the end. */
	String sha256() throws IOException {
		if (this.thread == null) {
			this.digest.update(this.block, 0, this.filled);
			this.filled = 0;
		}
		else {
			put(new Block(this.block, this.filled));
			put(END);
			try {
				this.thread.join();
			}
			catch (InterruptedException ex) {
				throw interrupted();
			}
		}
		return HexFormat.of().formatHex(this.digest.digest());
	}

	/** Stops the thread, if one was started, when the content will not be finished. */
	void abandon() {
		if (this.thread != null) {
			this.thread.interrupt();
		}
	}

	/** Whether a thread is hashing, or waiting for more to hash. */
	boolean hashing() {
		return this.thread != null && this.thread.isAlive();
	}

	private void submit() throws IOException {
		if (this.thread == null) {
			this.thread = new Thread(this::hash, "evidence-sha256");
			this.thread.setDaemon(true);
			this.thread.start();
		}
		put(new Block(this.block, this.filled));
		this.filled = 0;
		var next = this.free.poll();
		if (next == null && this.allocated < BLOCKS) {
			this.allocated++;
			next = new byte[BLOCK_SIZE];
		}
		try {
			this.block = (next != null) ? next : this.free.take();
		}
		catch (InterruptedException ex) {
			throw interrupted();
		}
	}

	private void put(Block block) throws IOException {
		try {
			this.queue.put(block);
		}
		catch (InterruptedException ex) {
			throw interrupted();
		}
	}

	/** Runs on the thread: hashes blocks in order and hands them back. */
	private void hash() {
		try {
			for (var next = this.queue.take(); next != END; next = this.queue.take()) {
				this.digest.update(next.bytes(), 0, next.length());
				this.free.put(next.bytes());
			}
		}
		catch (InterruptedException ex) {
			// Abandoned: the content will not be finished.
		}
	}

	private static IOException interrupted() {
		Thread.currentThread().interrupt();
		return new InterruptedIOException("Interrupted while hashing evidence");
	}

	private record Block(byte[] bytes, int length) {
	}

}
