package digital.onboarding.access;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The root CA of each of the service's environments, which responding gateways add to
 * their trust stores for mTLS and WS-Security. Made on first use and kept in the
 * database, private key included, so every node publishes the same one.
 */
@Service
public class EnvironmentRoots {

	private static final Duration VALIDITY = Duration.ofDays(3650);

	private final JdbcClient jdbc;

	private final Clock clock;

	EnvironmentRoots(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The environment's root certificate as PEM, made now if it has none yet. */
	@Transactional
	public String certificatePem(Environment environment) {
		var existing = stored(environment);
		if (existing != null) {
			return existing;
		}
		var made = make(environment);
		// Another node may make one at the same moment; the first one stored wins.
		this.jdbc.sql("""
				insert into environment_root_certificates (environment, certificate_pem, private_key_pem, created_at)
				values (?, ?, ?, ?) on conflict (environment) do nothing
				""").params(environment.name(), made[0], made[1], Timestamp.from(this.clock.instant())).update();
		return stored(environment);
	}

	private String stored(Environment environment) {
		return this.jdbc.sql("select certificate_pem from environment_root_certificates where environment = ?")
			.param(environment.name())
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/** A self-signed EC P-256 CA certificate and its private key, both as PEM. */
	private String[] make(Environment environment) {
		try {
			var generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
			var keys = generator.generateKeyPair();
			var name = new X500Name("CN=Digital Onboarding Service " + environment.label() + " Root CA, O=NHS England");
			var now = this.clock.instant();
			var serial = new BigInteger(127, new SecureRandom());
			var builder = new JcaX509v3CertificateBuilder(name, serial, Date.from(now.minus(Duration.ofHours(1))),
					Date.from(now.plus(VALIDITY)), name, keys.getPublic());
			var extensions = new JcaX509ExtensionUtils();
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
			builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
			builder.addExtension(Extension.subjectKeyIdentifier, false,
					extensions.createSubjectKeyIdentifier(keys.getPublic()));
			var holder = builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()));
			return new String[] { Pem.of(holder), Pem.of(keys.getPrivate()) };
		}
		catch (GeneralSecurityException | OperatorCreationException | IOException ex) {
			throw new IllegalStateException("Cannot make the " + environment.label() + " root CA", ex);
		}
	}

}
