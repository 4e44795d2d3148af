package digital.onboarding.access;

import java.io.IOException;
import java.io.StringReader;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.openssl.PEMException;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * A public key a supplier signs its JWTs with, given as PEM: an RSA key of at least 2048
 * bits or an EC key on P-256, with its RFC 7638 thumbprint.
 *
 * @param pem the key alone, written afresh: nothing else that was pasted with it is kept
 * @param description e.g. "RSA 3072-bit" or "EC P-256"
 * @param thumbprint the JWK thumbprint (SHA-256, base64url), which identifies the key
 */
public record JwtPublicKey(String pem, String description, String thumbprint) {

	public static final int MIN_RSA_BITS = 2048;

	private static final String KINDS = "Give an RSA public key of at least " + MIN_RSA_BITS
			+ " bits or an EC public key on the P-256 curve";

	/**
	 * @throws IllegalArgumentException saying why the key is refused
	 */
	public static JwtPublicKey parse(String pem) {
		if (pem == null || pem.isBlank()) {
			throw new IllegalArgumentException("Paste your public key in PEM format");
		}
		// Anywhere in the text, not only first: a private key pasted after the public one
		// is
		// as exposed.
		if (pem.contains("PRIVATE KEY-----")) {
			throw new IllegalArgumentException(Pem.privateKeyGiven("the public key"));
		}
		Object parsed;
		try (var parser = new PEMParser(new StringReader(pem.strip()))) {
			parsed = parser.readObject();
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalArgumentException("The public key cannot be read as PEM: paste the text from "
					+ "-----BEGIN PUBLIC KEY----- to -----END PUBLIC KEY-----");
		}
		if (parsed instanceof PEMKeyPair || parsed instanceof PrivateKeyInfo
				|| parsed instanceof PKCS8EncryptedPrivateKeyInfo) {
			throw new IllegalArgumentException(Pem.privateKeyGiven("the public key"));
		}
		if (parsed instanceof X509CertificateHolder) {
			throw new IllegalArgumentException("This is a certificate. Give the public key alone "
					+ "(-----BEGIN PUBLIC KEY-----); certificates go on the certificates page");
		}
		if (!(parsed instanceof SubjectPublicKeyInfo info)) {
			throw new IllegalArgumentException("The public key cannot be read as PEM: paste the text from "
					+ "-----BEGIN PUBLIC KEY----- to -----END PUBLIC KEY-----");
		}
		var algorithm = info.getAlgorithm().getAlgorithm();
		try {
			var key = new JcaPEMKeyConverter().getPublicKey(info);
			if (PKCSObjectIdentifiers.rsaEncryption.equals(algorithm) && key instanceof RSAPublicKey rsa) {
				var bits = rsa.getModulus().bitLength();
				if (bits < MIN_RSA_BITS) {
					throw new IllegalArgumentException("This RSA key has " + bits
							+ " bits; RSA keys must have at least " + MIN_RSA_BITS + " bits");
				}
				return new JwtPublicKey(pem.strip(), "RSA " + bits + "-bit",
						new RSAKey.Builder(rsa).build().computeThumbprint().toString());
			}
			if (X9ObjectIdentifiers.id_ecPublicKey.equals(algorithm) && key instanceof ECPublicKey ec) {
				var parameters = info.getAlgorithm().getParameters();
				if (!(parameters instanceof ASN1ObjectIdentifier curve)
						|| !X9ObjectIdentifiers.prime256v1.equals(curve)) {
					throw new IllegalArgumentException(
							"This EC key is on the " + curveName(parameters) + " curve; EC keys must be on P-256");
				}
				return new JwtPublicKey(Pem.of(ec), "EC P-256",
						new ECKey.Builder(Curve.P_256, ec).build().computeThumbprint().toString());
			}
		}
		catch (PEMException | JOSEException ex) {
			throw new IllegalArgumentException("The public key cannot be read: " + ex.getMessage());
		}
		throw new IllegalArgumentException(KINDS + "; this key is " + algorithmName(algorithm));
	}

	private static String curveName(Object parameters) {
		if (parameters instanceof ASN1ObjectIdentifier curve) {
			if (SECObjectIdentifiers.secp384r1.equals(curve)) {
				return "P-384";
			}
			if (SECObjectIdentifiers.secp521r1.equals(curve)) {
				return "P-521";
			}
			if (SECObjectIdentifiers.secp256k1.equals(curve)) {
				return "secp256k1";
			}
			return curve.getId();
		}
		return "unnamed";
	}

	private static String algorithmName(ASN1ObjectIdentifier algorithm) {
		return switch (algorithm.getId()) {
			case "1.3.101.112" -> "Ed25519";
			case "1.3.101.113" -> "Ed448";
			case "1.2.840.10040.4.1" -> "DSA";
			default -> "of another kind (" + algorithm.getId() + ")";
		};
	}

}
