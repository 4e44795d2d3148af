package digital.onboarding.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.http.ContentDisposition;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Reads a {@code multipart/form-data} body (RFC 7578) part by part as it arrives. A
 * part's content is a stream read straight from the body: nothing is held but one buffer.
 * <p>
 * Parts end where the boundary's delimiter ({@code CRLF--boundary}) is found, which is
 * searched for with Boyer-Moore-Horspool: on content that is not made of the delimiter's
 * characters it looks at one byte in every few dozen, where a byte-by-byte search (as in
 * Commons FileUpload and the servlet container's own parser) costs more than every other
 * step of an upload together.
 * <p>
 * A text field's content (a part with no file name and no type but text) that holds a NUL
 * byte, which is only ever the character U+0000 in UTF-8, is refused as it is read with
 * an {@link UnstorableTextException} naming the field: such text cannot be stored (see
 * {@link StorableText}). Files are read as they are; parts that are skipped are not
 * checked.
 */
public final class MultipartFormData {

	/** RFC 2046 allows 70 characters; a little more is tolerated. */
	/** How a message about a body that does not follow the format starts. */
	public static final String MALFORMED = "The body is not valid multipart/form-data: ";

	public static final int MAX_BOUNDARY_LENGTH = 200;

	/** The headers of one part, which are short: a disposition and a type. */
	static final int MAX_HEADER_SIZE = 8 * 1024;

	private static final int BUFFER_SIZE = 64 * 1024;

	private static final byte CR = '\r';

	private static final byte LF = '\n';

	private final InputStream in;

	/** {@code CRLF--boundary}: what ends a part's content. */
	private final byte[] delimiter;

	/** How far the search may move on when a byte of the content ends a mismatch. */
	private final int[] shift = new int[256];

	private final byte[] buffer = new byte[BUFFER_SIZE];

	/** The next byte to read. */
	private int head;

	/** The end of what has been read into the buffer. */
	private int tail;

	/** Where the current part's delimiter starts, or -1 while not found. */
	private int found = -1;

	/** No delimiter starts before this position: the search goes on from there. */
	private int searchFrom;

	/** The part whose content is being read, or null before the first. */
	private Content current;

	private boolean finished;

	/**
	 * @param in the body
	 * @param boundary the boundary parameter of its media type, without quotes
	 */
	/**
	 * The boundary of a {@code multipart/form-data} body, from its Content-Type.
	 * @throws IllegalArgumentException if it has none that can be used
	 */
	public static String boundaryOf(String contentType) {
		try {
			var boundary = MediaType.parseMediaType(contentType).getParameter("boundary");
			if (boundary != null && boundary.length() >= 2 && boundary.startsWith("\"") && boundary.endsWith("\"")) {
				boundary = boundary.substring(1, boundary.length() - 1);
			}
			if (boundary == null || boundary.isEmpty() || boundary.length() > MAX_BOUNDARY_LENGTH) {
				throw new IllegalArgumentException(MALFORMED + "its Content-Type has no usable boundary");
			}
			return boundary;
		}
		catch (InvalidMediaTypeException ex) {
			throw new IllegalArgumentException(MALFORMED + "its Content-Type cannot be read", ex);
		}
	}

	public MultipartFormData(InputStream in, String boundary) {
		if (boundary == null || boundary.isEmpty() || boundary.length() > MAX_BOUNDARY_LENGTH
				|| !boundary.chars().allMatch(c -> c > ' ' && c < 127 || c == ' ')) {
			throw new IllegalArgumentException("Not a multipart boundary: " + boundary);
		}
		this.in = in;
		this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
		var length = this.delimiter.length;
		Arrays.fill(this.shift, length);
		for (int i = 0; i < length - 1; i++) {
			this.shift[this.delimiter[i] & 0xff] = length - 1 - i;
		}
		// The first delimiter may open the body without a line break before it: one in
		// front lets the same search find it.
		this.buffer[0] = CR;
		this.buffer[1] = LF;
		this.tail = 2;
	}

	/**
	 * The next part, with its headers read and its content ready to be read; null after
	 * the last. Whatever is left of the previous part's content is read and skipped.
	 * @throws MalformedException if the body does not follow the format
	 */
	public Part next() throws IOException {
		if (this.finished) {
			return null;
		}
		// Before the first part: the preamble, which is skipped like content.
		var previous = (this.current != null) ? this.current : new Content(null);
		previous.skipToEnd();
		require(2);
		if (this.buffer[this.head] == '-' && this.buffer[this.head + 1] == '-') {
			// The closing delimiter: anything after it (the epilogue) is not read.
			this.finished = true;
			return null;
		}
		skipLineEnd();
		var headers = readHeaders();
		var disposition = headers.disposition();
		var textField = disposition.getFilename() == null && headers.isText();
		this.current = new Content(textField ? disposition.getName() : null);
		return new Part(disposition.getName(), disposition.getFilename(), this.current);
	}

	/** Transport padding (spaces and tabs) and a line break end a delimiter. */
	private void skipLineEnd() throws IOException {
		for (int padding = 0;; padding++) {
			require(1);
			var b = this.buffer[this.head];
			if (b != ' ' && b != '\t') {
				break;
			}
			if (padding > MAX_HEADER_SIZE) {
				throw new MalformedException("a boundary is not followed by a line break");
			}
			this.head++;
		}
		require(2);
		if (this.buffer[this.head] != CR || this.buffer[this.head + 1] != LF) {
			throw new MalformedException("a boundary is not followed by a line break");
		}
		this.head += 2;
	}

	private Headers readHeaders() throws IOException {
		require(2);
		if (this.buffer[this.head] == CR && this.buffer[this.head + 1] == LF) {
			this.head += 2;
			return new Headers(null, null);
		}
		int from = this.head;
		while (true) {
			for (int i = Math.max(from, this.head); i + 3 < this.tail; i++) {
				if (this.buffer[i] == CR && this.buffer[i + 1] == LF && this.buffer[i + 2] == CR
						&& this.buffer[i + 3] == LF) {
					var text = new String(this.buffer, this.head, i - this.head, StandardCharsets.UTF_8);
					this.head = i + 4;
					return Headers.parse(text);
				}
			}
			if (this.tail - this.head > MAX_HEADER_SIZE) {
				throw new MalformedException("a part's headers are longer than " + MAX_HEADER_SIZE + " bytes");
			}
			from = this.tail - 3;
			int before = this.head;
			fill();
			from -= before - this.head;
		}
	}

	/** Reads until at least the number of bytes is in the buffer after the head. */
	private void require(int bytes) throws IOException {
		while (this.tail - this.head < bytes) {
			fill();
		}
	}

	/**
	 * Moves what is left to the start of the buffer and reads more after it.
	 * @throws MalformedException if the body ends: a complete body ends with a closing
	 * delimiter
	 */
	private void fill() throws IOException {
		if (this.head > 0) {
			System.arraycopy(this.buffer, this.head, this.buffer, 0, this.tail - this.head);
			this.tail -= this.head;
			this.searchFrom = Math.max(0, this.searchFrom - this.head);
			if (this.found >= 0) {
				this.found -= this.head;
			}
			this.head = 0;
		}
		int read = this.in.read(this.buffer, this.tail, this.buffer.length - this.tail);
		if (read == -1) {
			throw new MalformedException("it ends before its closing boundary");
		}
		this.tail += read;
	}

	/**
	 * Finds the delimiter in what has been read, if it is there, going on from where the
	 * last search stopped.
	 */
	private void search() {
		var d = this.delimiter;
		int last = d.length - 1;
		int at = Math.max(this.searchFrom, this.head);
		while (at + last < this.tail) {
			int i = last;
			while (this.buffer[at + i] == d[i]) {
				if (i == 0) {
					this.found = at;
					return;
				}
				i--;
			}
			at += this.shift[this.buffer[at + last] & 0xff];
		}
		this.searchFrom = at;
	}

	/** A part: its field name and file name from its Content-Disposition, and content. */
	public record Part(String name, String filename, InputStream content) {
	}

	/**
	 * A body that does not follow the {@code multipart/form-data} format; the message
	 * says how, in words that follow "the body is not valid multipart/form-data:".
	 */
	public static final class MalformedException extends IOException {

		MalformedException(String message) {
			super(message);
		}

	}

	/**
	 * The headers that matter here: Content-Disposition, and Content-Type, which tells a
	 * text field from a file sent without a file name.
	 */
	private record Headers(String contentDisposition, String contentType) {

		static Headers parse(String text) throws MalformedException {
			String disposition = null;
			String type = null;
			for (var line : text.split("\r\n")) {
				int colon = line.indexOf(':');
				if (colon <= 0) {
					throw new MalformedException("a part has a header line without a name");
				}
				var name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
				if (name.equals("content-disposition")) {
					disposition = line.substring(colon + 1).strip();
				}
				else if (name.equals("content-type")) {
					type = line.substring(colon + 1).strip();
				}
			}
			return new Headers(disposition, type);
		}

		/** RFC 7578: a part without a Content-Type is text/plain. */
		boolean isText() {
			return this.contentType == null || this.contentType.toLowerCase(Locale.ROOT).startsWith("text/");
		}

		ContentDisposition disposition() throws MalformedException {
			if (this.contentDisposition == null) {
				throw new MalformedException("a part has no Content-Disposition");
			}
			try {
				var parsed = ContentDisposition.parse(this.contentDisposition);
				if (!parsed.isFormData()) {
					throw new MalformedException("a part's Content-Disposition is not form-data");
				}
				return parsed;
			}
			catch (IllegalArgumentException ex) {
				throw new MalformedException("a part's Content-Disposition cannot be read");
			}
		}

	}

	/**
	 * A part's content, up to its delimiter. Reading it hands out what the buffer holds
	 * up to the delimiter, or up to the last bytes that might begin it.
	 */
	private final class Content extends InputStream {

		private final byte[] one = new byte[1];

		/** The name of the text field this is, checked as it is read; null for others. */
		private final String textField;

		private boolean ended;

		private boolean skipping;

		Content(String textField) {
			this.textField = textField;
			MultipartFormData.this.found = -1;
			MultipartFormData.this.searchFrom = MultipartFormData.this.head;
		}

		@Override
		public int read() throws IOException {
			return (read(this.one, 0, 1) == -1) ? -1 : this.one[0] & 0xff;
		}

		@Override
		public int read(byte[] target, int offset, int length) throws IOException {
			Objects.checkFromIndexSize(offset, length, target.length);
			if (this.ended || stale()) {
				return -1;
			}
			if (length == 0) {
				return 0;
			}
			int available;
			while ((available = available()) == 0) {
				if (MultipartFormData.this.found == MultipartFormData.this.head) {
					MultipartFormData.this.head += MultipartFormData.this.delimiter.length;
					this.ended = true;
					return -1;
				}
				fill();
			}
			int n = Math.min(available, length);
			if (this.textField != null && !this.skipping) {
				requireStorable(n);
			}
			System.arraycopy(MultipartFormData.this.buffer, MultipartFormData.this.head, target, offset, n);
			MultipartFormData.this.head += n;
			return n;
		}

		/** What can be handed out without reading more. */
		@Override
		public int available() {
			if (this.ended || stale()) {
				return 0;
			}
			if (MultipartFormData.this.found < 0) {
				search();
			}
			if (MultipartFormData.this.found >= 0) {
				return MultipartFormData.this.found - MultipartFormData.this.head;
			}
			// The last bytes may be the start of a delimiter that is still arriving.
			return Math.max(0, MultipartFormData.this.tail - MultipartFormData.this.head
					- (MultipartFormData.this.delimiter.length - 1));
		}

		/** A part's content can be read until the next part is asked for. */
		private boolean stale() {
			return MultipartFormData.this.current != null && MultipartFormData.this.current != this;
		}

		private void requireStorable(int length) {
			var buffer = MultipartFormData.this.buffer;
			for (int i = MultipartFormData.this.head; i < MultipartFormData.this.head + length; i++) {
				if (buffer[i] == 0) {
					throw new UnstorableTextException(Map.of(this.textField, StorableText.NUL));
				}
			}
		}

		void skipToEnd() throws IOException {
			this.skipping = true;
			var skipped = new byte[BUFFER_SIZE];
			while (read(skipped, 0, skipped.length) != -1) {
				// skipped
			}
		}

	}

}
