package digital.onboarding.evidence;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Asks a ClamAV daemon (clamd) over TCP with its INSTREAM command: the file goes in
 * length-prefixed chunks, so it is never held whole. clamd's {@code StreamMaxLength} must
 * allow the largest evidence file (its default is 25 MB).
 */
final class ClamdScanner implements EvidenceScanner {

	private static final int CHUNK_SIZE = 64 * 1024;

	private static final int MAX_REPLY_LENGTH = 1024;

	private static final String FOUND = " FOUND";

	private final String host;

	private final int port;

	private final int timeoutMillis;

	ClamdScanner(String host, int port, Duration timeout) {
		this.host = host;
		this.port = port;
		this.timeoutMillis = Math.toIntExact(timeout.toMillis());
	}

	@Override
	public ScanOutcome scan(InputStream content) throws IOException {
		try (var socket = new Socket()) {
			socket.connect(new InetSocketAddress(this.host, this.port), this.timeoutMillis);
			socket.setSoTimeout(this.timeoutMillis);
			var out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream(), CHUNK_SIZE + 4));
			out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
			var chunk = new byte[CHUNK_SIZE];
			int read;
			while ((read = content.readNBytes(chunk, 0, CHUNK_SIZE)) > 0) {
				out.writeInt(read);
				out.write(chunk, 0, read);
			}
			out.writeInt(0);
			out.flush();
			return verdict(reply(socket.getInputStream()));
		}
	}

	/**
	 * clamd answers {@code stream: OK}, {@code stream: <signature> FOUND} or an error
	 * ending in {@code ERROR}; anything but the first two is no verdict.
	 */
	static ScanOutcome verdict(String reply) throws IOException {
		var answer = reply.startsWith("stream: ") ? reply.substring("stream: ".length()) : reply;
		if (answer.equals("OK")) {
			return ScanOutcome.clean();
		}
		if (answer.endsWith(FOUND) && reply.startsWith("stream: ")) {
			return ScanOutcome.infected(answer.substring(0, answer.length() - FOUND.length()));
		}
		throw new IOException("clamd gave no verdict: " + reply);
	}

	/** Reads the reply up to the terminating NUL that the {@code z} prefix asked for. */
	private static String reply(InputStream in) throws IOException {
		var reply = new ByteArrayOutputStream();
		int b;
		while ((b = in.read()) > 0 && reply.size() < MAX_REPLY_LENGTH) {
			reply.write(b);
		}
		return reply.toString(StandardCharsets.US_ASCII).strip();
	}

}
