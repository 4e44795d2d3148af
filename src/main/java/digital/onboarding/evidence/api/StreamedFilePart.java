package digital.onboarding.evidence.api;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import digital.onboarding.evidence.EvidenceFiles;
import digital.onboarding.evidence.IncomingFile;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;

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

	static final String MALFORMED = "The request is not a complete multipart/form-data body";

	private final HttpServletRequest request;

	private final EvidenceFiles files;

	StreamedFilePart(HttpServletRequest request, EvidenceFiles files) {
		this.request = request;
		this.files = files;
	}

	@Override
	public Opened open() throws IOException {
		var upload = new JakartaServletFileUpload<DiskFileItem, DiskFileItemFactory>();
		upload.setMaxSize(this.files.maxFileSize().toBytes() + REQUEST_OVERHEAD.toBytes());
		// Browsers send file names in UTF-8, whatever the request says.
		upload.setHeaderCharset(StandardCharsets.UTF_8);
		try {
			var parts = upload.getItemIterator(this.request);
			while (parts.hasNext()) {
				var part = parts.next();
				if (NAME.equals(part.getFieldName())) {
					return new Opened(part.getName(), new Refusing(part.getInputStream()));
				}
			}
		}
		catch (FileUploadException ex) {
			throw refusal(ex);
		}
		throw new IllegalArgumentException(MISSING);
	}

	private RuntimeException refusal(FileUploadException ex) {
		if (ex instanceof FileUploadSizeException) {
			return this.files.tooLarge();
		}
		return new IllegalArgumentException(MALFORMED, ex);
	}

	/**
	 * The file's content, which stops with the same refusals as the parts before it: too
	 * large, or not a well-formed body (cut short, say).
	 */
	private final class Refusing extends FilterInputStream {

		Refusing(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			try {
				return super.read();
			}
			catch (FileUploadException ex) {
				throw refusal(ex);
			}
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			try {
				return super.read(buffer, offset, length);
			}
			catch (FileUploadException ex) {
				throw refusal(ex);
			}
		}

	}

}
