package digital.onboarding.evidence;

import digital.onboarding.support.Samples;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import digital.onboarding.evidence.EvidenceProperties.ZipLimits;
import digital.onboarding.evidence.EvidenceRefusedException.Reason;
import digital.onboarding.evidence.EvidenceScanner.ScanOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The clamd adapter against a small fake clamd that speaks INSTREAM and reports the EICAR
 * test signature, as the real one does.
 */
class ClamdScannerTests {

	private FakeClamd clamd;

	@TempDir
	Path folder;

	@BeforeEach
	void start() throws IOException {
		this.clamd = new FakeClamd();
	}

	@AfterEach
	void stop() throws IOException {
		this.clamd.close();
	}

	@Test
	void aCleanFileIsCleanAndArrivesInChunks() throws IOException {
		var content = new byte[200_000];
		assertThat(scanner().scan(new ByteArrayInputStream(content))).isEqualTo(ScanOutcome.clean());
		assertThat(this.clamd.bytesReceived.get()).isEqualTo(content.length);
	}

	@Test
	void theEicarTestFileIsFound() throws IOException {
		assertThat(scanner().scan(new ByteArrayInputStream(Samples.ascii(Samples.EICAR))))
			.isEqualTo(ScanOutcome.infected("Eicar-Test-Signature"));
	}

	@Test
	void anUploadWithAVirusIsRefusedAndNotKept() throws IOException {
		var store = new FolderEvidenceStore(this.folder);
		var checks = new EvidenceChecks(store, new ContentRecognition(),
				new ArchiveChecks(new ZipLimits(10, DataSize.ofMegabytes(1), 1)), scanner());
		store.write("infected", new ByteArrayInputStream(Samples.ascii("%PDF-1.4\n" + Samples.EICAR + "\n%%EOF\n")));
		assertThatThrownBy(() -> checks.check("infected")).isInstanceOf(EvidenceRefusedException.class)
			.hasMessage("The selected file contains a virus")
			.extracting("reason")
			.isEqualTo(Reason.INFECTED);

		store.write("clean", new ByteArrayInputStream(Samples.pdf()));
		assertThat(checks.check("clean")).isEqualTo(new EvidenceChecks.Passed("application/pdf", ScanResult.CLEAN));
	}

	@Test
	void noVerdictMeansTheFileCannotBeAcceptedYet() throws IOException {
		// A server that hangs up without a verdict. (A port merely closed could, rarely,
		// be
		// reused by the client's own connection, which then talks to itself.)
		try (var silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
			var hangUp = new Thread(() -> {
				try (var socket = silent.accept()) {
					socket.getInputStream().readNBytes(4);
				}
				catch (IOException ex) {
					// the test is over
				}
			});
			hangUp.setDaemon(true);
			hangUp.start();
			var mute = new ClamdScanner("127.0.0.1", silent.getLocalPort(), Duration.ofSeconds(2));
			assertThatThrownBy(() -> mute.scan(new ByteArrayInputStream(Samples.pdf())))
				.isInstanceOf(IOException.class);
		}
		assertThatThrownBy(() -> ClamdScanner.verdict("INSTREAM size limit exceeded. ERROR"))
			.isInstanceOf(IOException.class)
			.hasMessageContaining("size limit exceeded");
	}

	private ClamdScanner scanner() {
		return new ClamdScanner("127.0.0.1", this.clamd.port(), Duration.ofSeconds(5));
	}

	/** Answers one INSTREAM command per connection, like clamd. */
	static final class FakeClamd implements AutoCloseable {

		private final ServerSocket server;

		final AtomicInteger bytesReceived = new AtomicInteger();

		FakeClamd() throws IOException {
			this.server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
			var thread = new Thread(this::serve, "fake-clamd");
			thread.setDaemon(true);
			thread.start();
		}

		int port() {
			return this.server.getLocalPort();
		}

		private void serve() {
			while (!this.server.isClosed()) {
				try (var socket = this.server.accept()) {
					var in = new DataInputStream(socket.getInputStream());
					var command = new byte["zINSTREAM\0".length()];
					in.readFully(command);
					if (!new String(command, StandardCharsets.US_ASCII).equals("zINSTREAM\0")) {
						socket.getOutputStream().write("UNKNOWN COMMAND\0".getBytes(StandardCharsets.US_ASCII));
						continue;
					}
					var content = new ByteArrayOutputStream();
					for (int length = in.readInt(); length > 0; length = in.readInt()) {
						content.write(in.readNBytes(length));
					}
					this.bytesReceived.set(content.size());
					var found = content.toString(StandardCharsets.ISO_8859_1)
						.contains("EICAR-STANDARD-ANTIVIRUS-TEST-FILE");
					socket.getOutputStream()
						.write((found ? "stream: Eicar-Test-Signature FOUND\0" : "stream: OK\0")
							.getBytes(StandardCharsets.US_ASCII));
				}
				catch (IOException ex) {
					// closed while waiting, or a client gave up: serve the next one
				}
			}
		}

		@Override
		public void close() throws IOException {
			this.server.close();
		}

	}

}
