package digital.onboarding.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body was read in advance, so a filter can look at it and the controller
 * can still read it. A multipart body (a file on its way to the evidence store) is left
 * in the request and shows as empty here.
 */
final class BufferedBodyRequest extends HttpServletRequestWrapper {

	private final byte[] body;

	private BufferedBodyRequest(HttpServletRequest request, byte[] body) {
		super(request);
		this.body = body;
	}

	/**
	 * @return empty if the body is longer than {@code limit} bytes
	 */
	static Optional<BufferedBodyRequest> of(HttpServletRequest request, int limit) throws IOException {
		var contentType = request.getContentType();
		if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
			return Optional.of(new BufferedBodyRequest(request, null));
		}
		var body = request.getInputStream().readNBytes(limit + 1);
		return (body.length > limit) ? Optional.empty() : Optional.of(new BufferedBodyRequest(request, body));
	}

	/** What was read; empty for a multipart body, which was not. */
	byte[] body() {
		return (this.body != null) ? this.body : new byte[0];
	}

	@Override
	public ServletInputStream getInputStream() throws IOException {
		if (this.body == null) {
			return super.getInputStream();
		}
		var in = new ByteArrayInputStream(this.body);
		return new ServletInputStream() {

			@Override
			public int read() {
				return in.read();
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				return in.read(buffer, offset, length);
			}

			@Override
			public boolean isFinished() {
				return in.available() == 0;
			}

			@Override
			public boolean isReady() {
				return true;
			}

			@Override
			public void setReadListener(ReadListener listener) {
				throw new UnsupportedOperationException("The body was already read");
			}

		};
	}

	private Charset charset() {
		try {
			return (getCharacterEncoding() != null) ? Charset.forName(getCharacterEncoding()) : StandardCharsets.UTF_8;
		}
		catch (IllegalArgumentException ex) {
			return StandardCharsets.UTF_8;
		}
	}

	@Override
	public BufferedReader getReader() throws IOException {
		if (this.body == null) {
			return super.getReader();
		}
		return new BufferedReader(new InputStreamReader(getInputStream(), charset()));
	}

}
