package digital.onboarding.evidence.api;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

import digital.onboarding.evidence.EvidenceFiles;
import digital.onboarding.evidence.IncomingFile;
import digital.onboarding.platform.MultipartFormData;

import org.springframework.util.unit.DataSize;

/**
 * The part named {@value #NAME} of a {@code multipart/form-data} request, read from the
 * request as it arrives: its content is never held in memory or put in a temporary file,
 * but handed as a stream to whoever keeps it. Nothing parses the body before this does:
 * the service has no multipart resolver and the servlet has no multipart configuration.
 * <p>
 * Parts before the file (other form fields) are read and ignored; whatever follows the
 * file is not read at all. The request may be no larger than the file limit and a little
 * room for those fields and the parts' headers, and an upload over either limit is
 * refused as too large as soon as it is noticed.
 */
final class StreamedFilePart implements IncomingFile {

	static final String NAME = "file";

	/** Room in a request for other form fields and the parts' headers. */
	static final DataSize REQUEST_OVERHEAD = DataSize.ofMegabytes(1);

	static final String MISSING = "Send the file in a multipart/form-data part named \"" + NAME + "\"";

	static final String MALFORMED = MultipartFormData.MALFORMED;

	private final HttpServletRequest request;

	private final EvidenceFiles files;

	StreamedFilePart(HttpServletRequest request, EvidenceFiles files) {
		this.request = request;
		this.files = files;
	}

	@Override
	public Opened open() throws IOException {
		long limit = this.files.maxFileSize().toBytes() + REQUEST_OVERHEAD.toBytes();
		if (this.request.getContentLengthLong() > limit) {
			throw this.files.tooLarge();
		}
		var body = new MultipartFormData(new Limited(this.request.getInputStream(), limit), boundary());
		try {
			for (var part = body.next(); part != null; part = body.next()) {
				if (NAME.equals(part.name())) {
					return new Opened(part.filename(), new Refusing(part.content()));
				}
			}
		}
		catch (MultipartFormData.MalformedException ex) {
			throw malformed(ex);
		}
		throw new IllegalArgumentException(MISSING);
	}

	private String boundary() {
		return MultipartFormData.boundaryOf(this.request.getContentType());
	}

	private static IllegalArgumentException malformed(MultipartFormData.MalformedException ex) {
		return new IllegalArgumentException(MALFORMED + ex.getMessage(), ex);
	}

	/** The request, refused as too large once it passes the limit. */
	private final class Limited extends FilterInputStream {

		private final long limit;

		private long count;

		Limited(InputStream in, long limit) {
			super(in);
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b != -1) {
				counted(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = super.read(buffer, offset, length);
			if (read > 0) {
				counted(read);
			}
			return read;
		}

		private void counted(int bytes) {
			this.count += bytes;
			if (this.count > this.limit) {
				throw StreamedFilePart.this.files.tooLarge();
			}
		}

	}

	/** The file's content, which stops with a clear refusal if the body is malformed. */
	private static final class Refusing extends FilterInputStream {

		Refusing(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			try {
				return super.read();
			}
			catch (MultipartFormData.MalformedException ex) {
				throw malformed(ex);
			}
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			try {
				return super.read(buffer, offset, length);
			}
			catch (MultipartFormData.MalformedException ex) {
				throw malformed(ex);
			}
		}

	}

}
