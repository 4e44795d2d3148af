package digital.onboarding.evidence;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import digital.onboarding.evidence.EvidenceProperties.ZipLimits;
import digital.onboarding.evidence.EvidenceRefusedException.Reason;

/**
 * Checks a ZIP file (or a document that is a ZIP inside) before a reviewer unpacks it: no
 * entry may point outside the folder it is unpacked into, and neither the number of
 * entries, nor the bytes they unpack to, nor archives inside archives may exceed the
 * limits. Sizes are counted while actually unpacking, because the sizes an archive
 * declares can lie.
 */
final class ArchiveChecks {

	private static final byte[] ZIP_SIGNATURE = { 'P', 'K', 3, 4 };

	private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

	private final ZipLimits limits;

	ArchiveChecks(ZipLimits limits) {
		this.limits = limits;
	}

	/**
	 * Walks the archive through its central directory, which is what unpacking tools
	 * read, and into every archive it contains.
	 * @param what how messages name the file, such as "The ZIP file"
	 */
	void check(Path archive, String what) {
		var walk = new Walk(what);
		try (var zip = new ZipFile(archive.toFile())) {
			var entries = zip.entries();
			while (entries.hasMoreElements()) {
				var entry = entries.nextElement();
				walk.entry(entry.getName());
				if (!entry.isDirectory()) {
					try (var content = zip.getInputStream(entry)) {
						walk.content(content, 0);
					}
				}
			}
		}
		catch (ZipException ex) {
			throw refused(what + " cannot be opened: it may be damaged, password-protected or use an unusual"
					+ " compression method. Save it again as a standard ZIP", ex);
		}
		catch (IOException ex) {
			throw refused(what + " cannot be opened: it may be damaged", ex);
		}
	}

	static boolean leavesItsFolder(String name) {
		var path = name.replace('\\', '/');
		return path.startsWith("/") || DRIVE.matcher(path).matches() || Arrays.asList(path.split("/")).contains("..");
	}

	private static EvidenceRefusedException refused(String message) {
		return new EvidenceRefusedException(Reason.UNSAFE_ARCHIVE, message);
	}

	private static EvidenceRefusedException refused(String message, Throwable cause) {
		return new EvidenceRefusedException(Reason.UNSAFE_ARCHIVE, message, cause);
	}

	/**
	 * One walk through an archive and everything nested in it, with its running totals.
	 */
	private final class Walk {

		private final String what;

		private int entries;

		private long unpacked;

		Walk(String what) {
			this.what = what;
		}

		void entry(String name) {
			if (leavesItsFolder(name)) {
				throw refused(this.what + " contains a path that leaves its folder: " + name);
			}
			if (++this.entries > ArchiveChecks.this.limits.maxEntries()) {
				throw refused(this.what
						+ " must contain no more than %,d files".formatted(ArchiveChecks.this.limits.maxEntries()));
			}
		}

		/**
		 * Reads an entry to its end, counting what it unpacks to; if it is an archive,
		 * walks into it as well.
		 * @param depth how many archives the entry is inside, beyond the outer one
		 */
		void content(InputStream entry, int depth) throws IOException {
			var content = new BufferedInputStream(new Counted(entry), 8192);
			if (isZip(content)) {
				if (depth + 1 > ArchiveChecks.this.limits.maxNestingDepth()) {
					throw refused(this.what + " must not contain archives nested more than "
							+ ArchiveChecks.this.limits.maxNestingDepth() + " deep");
				}
				var nested = new ZipInputStream(content);
				for (var inner = nested.getNextEntry(); inner != null; inner = nested.getNextEntry()) {
					entry(inner.getName());
					if (!inner.isDirectory()) {
						content(nested, depth + 1);
					}
				}
			}
			content.transferTo(OutputStream.nullOutputStream());
		}

		private boolean isZip(InputStream content) throws IOException {
			content.mark(ZIP_SIGNATURE.length);
			var head = content.readNBytes(ZIP_SIGNATURE.length);
			content.reset();
			return Arrays.equals(head, ZIP_SIGNATURE);
		}

		/**
		 * Counts bytes as they are unpacked and stops at the limit, whatever was
		 * declared.
		 */
		private final class Counted extends FilterInputStream {

			Counted(InputStream in) {
				super(in);
			}

			@Override
			public int read() throws IOException {
				int b = super.read();
				if (b != -1) {
					add(1);
				}
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int read = super.read(buffer, offset, length);
				if (read > 0) {
					add(read);
				}
				return read;
			}

			/**
			 * A nested archive is closed by its reader; the entry it came from stays
			 * open.
			 */
			@Override
			public void close() {
			}

			private void add(int bytes) {
				Walk.this.unpacked += bytes;
				var limit = ArchiveChecks.this.limits.maxUncompressedSize();
				if (Walk.this.unpacked > limit.toBytes()) {
					throw refused(Walk.this.what + " must unpack to no more than " + Sizes.describe(limit));
				}
			}

		}

	}

}
