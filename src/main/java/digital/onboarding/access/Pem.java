package digital.onboarding.access;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/** Writes keys and certificates as PEM text, the one way this module does it. */
final class Pem {

	private Pem() {
	}

	/**
	 * @param object a key, or a certificate holder, that Bouncy Castle can write as PEM
	 */
	static String of(Object object) {
		var text = new StringWriter();
		try (var writer = new JcaPEMWriter(text)) {
			writer.writeObject(object);
		}
		catch (IOException ex) {
			// A StringWriter does not fail; only an object PEM has no form for does.
			throw new UncheckedIOException(ex);
		}
		return text.toString();
	}

}
