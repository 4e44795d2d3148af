package digital.onboarding.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import static org.assertj.core.api.Assertions.fail;

/**
 * A real SMTP server (GreenMail), started once for the whole run on a free port that it
 * publishes as {@code spring.mail.port} before any application context starts. Each test
 * uses its own addresses, so tests read only their own messages.
 */
public final class Mailbox implements BeforeAllCallback {

	private static final int PORT = freePort();

	private static final GreenMail SERVER = new GreenMail(
			new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	private static boolean started;

	static {
		System.setProperty("spring.mail.port", String.valueOf(PORT));
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		start();
	}

	public static synchronized void start() {
		if (!started) {
			SERVER.start();
			started = true;
		}
	}

	/**
	 * Stops accepting mail, to show what the service does when its SMTP server is down.
	 */
	public static synchronized void stop() {
		SERVER.stop();
		started = false;
	}

	/** Waits for the next message to an address and returns it. */
	public static Received awaitMessageTo(String address) {
		return awaitMessagesTo(address, 1).get(0);
	}

	/**
	 * Waits until an address has received this many messages in all and returns them,
	 * oldest first.
	 */
	public static List<Received> awaitMessagesTo(String address, int count) {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (System.nanoTime() < deadline) {
			var messages = messagesTo(address);
			if (messages.size() >= count) {
				return messages;
			}
			sleep();
		}
		return fail("Expected %d email(s) to %s but got %d", count, address, messagesTo(address).size());
	}

	/** Waits for a message to an address whose subject starts so, and returns it. */
	public static Received awaitMessageTo(String address, String subjectStart) {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (System.nanoTime() < deadline) {
			var found = messagesTo(address).stream()
				.filter(message -> message.subject().startsWith(subjectStart))
				.findFirst();
			if (found.isPresent()) {
				return found.get();
			}
			sleep();
		}
		return fail("Expected an email to %s starting \"%s\" but got %s", address, subjectStart,
				messagesTo(address).stream().map(Received::subject).toList());
	}

	public static List<Received> messagesTo(String address) {
		return Arrays.stream(SERVER.getReceivedMessages())
			.filter(message -> isTo(message, address))
			.map(Received::of)
			.toList();
	}

	private static boolean isTo(MimeMessage message, String address) {
		try {
			return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
				.anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** An email as a person reads it. */
	public record Received(String subject, String body) {

		private static final Pattern LINK = Pattern.compile("https?://\\S+");

		static Received of(MimeMessage message) {
			try {
				// The decoded text: bodies beyond ASCII travel quoted-printable, with
				// soft line breaks.
				var body = message.getContent() instanceof String text ? text : GreenMailUtil.getBody(message);
				return new Received(message.getSubject(), body.replace("\r\n", "\n"));
			}
			catch (MessagingException | IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

		/** The path of the first link in the body that contains the given text. */
		public String linkPath(String containing) {
			var matcher = LINK.matcher(this.body);
			while (matcher.find()) {
				var link = java.net.URI.create(matcher.group());
				if (link.getPath().contains(containing)) {
					return link.getPath();
				}
			}
			return fail("No link containing %s in:%n%s", containing, this.body);
		}

	}

}
