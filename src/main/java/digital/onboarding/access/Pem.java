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
	 * Whether the text holds a private key anywhere, not only first: one pasted after the
	 * public key or certificate is as exposed. Covers PKCS#8, encrypted and the older
	 * "RSA PRIVATE KEY" and "EC PRIVATE KEY" forms.
	 */
	static boolean holdsPrivateKey(String text) {
		return text.contains("PRIVATE KEY-----");
	}

	/**
	 * What a person is told who pasted a private key where a public key or certificate
	 * goes.
	 * @param wanted what belongs there, such as "the public key"
	 */
	static String privateKeyGiven(String wanted) {
		return "This is a private key. Give " + wanted + " only, and keep the private key secret: consider it "
				+ "exposed and make a new key pair";
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
