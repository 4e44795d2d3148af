package digital.onboarding.access;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Keys and certificates made for a test run, never stored: a supplier's root, the
 * intermediate it issued, and leaves, each with whatever flaw a test needs.
 */
public final class TestPki {

	private static final AtomicLong SERIALS = new AtomicLong(1000);

	/** A certificate with the key pair that signs what it issues. */
	public record Issued(X509CertificateHolder certificate, KeyPair keys, X500Name name) {

		public String pem() {
			return TestPki.pem(this.certificate);
		}

	}

	private TestPki() {
	}

	public static KeyPair ecKeys() {
		try {
			var generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static KeyPair keys(String algorithm, int size) {
		try {
			var generator = KeyPairGenerator.getInstance(algorithm);
			if (size > 0) {
				generator.initialize(size);
			}
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static KeyPair ecKeys(String curve) {
		try {
			var generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec(curve));
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static Issued root(String name) {
		var keys = ecKeys();
		var subject = new X500Name("O=Test Supplier, CN=" + name);
		return new Issued(build(subject, keys, subject, keys, days(-1), days(365), true, caUsage(), null), keys,
				subject);
	}

	public static Issued intermediate(String name, Issued issuer) {
		return ca(name, issuer, days(-1), days(365));
	}

	public static Issued ca(String name, Issued issuer, Instant from, Instant to) {
		var keys = ecKeys();
		var subject = new X500Name("O=Test Supplier, CN=" + name);
		return new Issued(build(subject, keys, issuer.name(), issuer.keys(), from, to, true, caUsage(), null), keys,
				subject);
	}

	/** An mTLS client certificate: digitalSignature and clientAuth. */
	public static Issued mtls(String name, Issued issuer) {
		return leaf(name, issuer, days(-1), days(90), false, new KeyUsage(KeyUsage.digitalSignature),
				new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
	}

	/** A WS-Security signing certificate: digitalSignature and nonRepudiation. */
	public static Issued signing(String name, Issued issuer) {
		return leaf(name, issuer, days(-1), days(90), false,
				new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation), null);
	}

	public static Issued leaf(String name, Issued issuer, Instant from, Instant to, boolean ca, KeyUsage usage,
			ExtendedKeyUsage extendedUsage) {
		return leaf(name, issuer, ecKeys(), from, to, ca, usage, extendedUsage);
	}

	/** A leaf certificate for the keys given, such as a weak RSA pair. */
	public static Issued leaf(String name, Issued issuer, KeyPair keys, Instant from, Instant to, boolean ca,
			KeyUsage usage, ExtendedKeyUsage extendedUsage) {
		var subject = new X500Name("O=Test Supplier, CN=" + name);
		return new Issued(build(subject, keys, issuer.name(), issuer.keys(), from, to, ca, usage, extendedUsage), keys,
				subject);
	}

	public static Instant days(int days) {
		return Instant.now().plus(Duration.ofDays(days));
	}

	public static String pem(Object object) {
		var text = new StringWriter();
		try (var writer = new JcaPEMWriter(text)) {
			writer.writeObject(object);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return text.toString();
	}

	private static KeyUsage caUsage() {
		return new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign);
	}

	private static X509CertificateHolder build(X500Name subject, KeyPair subjectKeys, X500Name issuer,
			KeyPair issuerKeys, Instant from, Instant to, boolean ca, KeyUsage usage, ExtendedKeyUsage extendedUsage) {
		try {
			var builder = new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(SERIALS.incrementAndGet()),
					Date.from(from), Date.from(to), subject, subjectKeys.getPublic());
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
			if (usage != null) {
				builder.addExtension(Extension.keyUsage, true, usage);
			}
			if (extendedUsage != null) {
				builder.addExtension(Extension.extendedKeyUsage, false, extendedUsage);
			}
			return builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate()));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
