package digital.onboarding.access;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CertificateParsingException;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.security.auth.x500.X500Principal;

import digital.onboarding.platform.England;

/**
 * Checks the certificates a supplier gives, as seed 002 describes them: its self-signed
 * root, the intermediate the root issued, and the leaves the intermediate issued for mTLS
 * and for WS-Security signing. Each is parsed by the JDK; the chain's names and
 * signatures, the validity dates, the basic constraints and the key usages are checked
 * one by one so that each refusal names the problem, then the JDK's PKIX validator checks
 * each leaf's path with the root as the only trust anchor.
 */
public final class CertificateChain {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(England.TIME_ZONE);

	private static final Pattern PEM_CERTIFICATE = Pattern
		.compile("-----BEGIN CERTIFICATE-----[A-Za-z0-9+/=\\s]+-----END CERTIFICATE-----");

	private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";

	private static final int DIGITAL_SIGNATURE = 0;

	private static final int NON_REPUDIATION = 1;

	private static final int KEY_CERT_SIGN = 5;

	/** A certificate as checked, with what is recorded of it. */
	public record Checked(CertificatePurpose purpose, String pem, String subject, String issuer, String serial,
			String sha256, Instant notBefore, Instant notAfter) {
	}

	private final Map<String, String> problems = new LinkedHashMap<>();

	private final Map<CertificatePurpose, X509Certificate> certificates = new EnumMap<>(CertificatePurpose.class);

	private final Map<CertificatePurpose, String> pems = new EnumMap<>(CertificatePurpose.class);

	private final Instant now;

	private CertificateChain(Instant now) {
		this.now = now;
	}

	/**
	 * @param pems the PEM text given for each purpose; a leaf may be missing, but not
	 * both
	 * @return the certificates given, root first
	 * @throws AccessInputException naming each certificate's problem
	 */
	public static List<Checked> check(Map<CertificatePurpose, String> pems, Instant now) {
		return new CertificateChain(now).run(pems);
	}

	private List<Checked> run(Map<CertificatePurpose, String> given) {
		for (var purpose : CertificatePurpose.values()) {
			var text = given.get(purpose);
			if (text == null || text.isBlank()) {
				if (!purpose.isLeaf()) {
					refuse(purpose, "Paste your " + purpose.description() + " in PEM format");
				}
				continue;
			}
			parse(purpose, text.strip());
		}
		if (isBlank(given.get(CertificatePurpose.MTLS)) && isBlank(given.get(CertificatePurpose.SIGNING))) {
			refuse(CertificatePurpose.MTLS,
					"Paste at least one leaf certificate: the mTLS certificate, the signing certificate, or both");
		}
		var root = this.certificates.get(CertificatePurpose.ROOT);
		var intermediate = this.certificates.get(CertificatePurpose.INTERMEDIATE);
		if (root != null) {
			checkRoot(root);
		}
		if (intermediate != null && intermediate.equals(root)) {
			// Else the self-signed root passes as having issued itself, and a two-level
			// chain is
			// recorded as the three levels seed 002 asks for.
			refuse(CertificatePurpose.INTERMEDIATE, "The intermediate certificate is the same as the root "
					+ "certificate; give the intermediate certificate your root issued");
		}
		else if (intermediate != null) {
			checkCa(CertificatePurpose.INTERMEDIATE, intermediate);
			if (root != null) {
				checkIssuedBy(CertificatePurpose.INTERMEDIATE, intermediate, CertificatePurpose.ROOT, root);
			}
		}
		for (var leaf : List.of(CertificatePurpose.MTLS, CertificatePurpose.SIGNING)) {
			var certificate = this.certificates.get(leaf);
			if (certificate == null) {
				continue;
			}
			checkDates(leaf, certificate);
			checkKeyStrength(leaf, certificate);
			if (certificate.getBasicConstraints() >= 0) {
				refuse(leaf, "The " + leaf.description() + " is a CA certificate (its basic constraints say CA: true); "
						+ "give the leaf certificate your intermediate issued");
			}
			if (intermediate != null) {
				checkIssuedBy(leaf, certificate, CertificatePurpose.INTERMEDIATE, intermediate);
			}
			checkKeyUsage(leaf, certificate);
		}
		if (this.problems.isEmpty()) {
			for (var leaf : List.of(CertificatePurpose.MTLS, CertificatePurpose.SIGNING)) {
				var certificate = this.certificates.get(leaf);
				if (certificate != null) {
					validatePath(leaf, certificate, intermediate, root);
				}
			}
		}
		if (!this.problems.isEmpty()) {
			throw new AccessInputException(this.problems);
		}
		var checked = new ArrayList<Checked>();
		this.certificates.forEach((purpose, certificate) -> checked.add(record(purpose, certificate)));
		return checked;
	}

	private void parse(CertificatePurpose purpose, String text) {
		if (Pem.holdsPrivateKey(text)) {
			refuse(purpose, Pem.privateKeyGiven("the " + purpose.description()));
			return;
		}
		var matcher = PEM_CERTIFICATE.matcher(text);
		if (!matcher.find()) {
			refuse(purpose, "The " + purpose.description() + " is not a PEM certificate: paste the text from "
					+ "-----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----");
			return;
		}
		var block = matcher.group();
		if (matcher.find()) {
			refuse(purpose, "Paste only one certificate as the " + purpose.description()
					+ "; each certificate of the chain has its own field");
			return;
		}
		try {
			var factory = CertificateFactory.getInstance("X.509");
			var certificate = (X509Certificate) factory
				.generateCertificate(new ByteArrayInputStream(block.getBytes(StandardCharsets.US_ASCII)));
			this.certificates.put(purpose, certificate);
			this.pems.put(purpose, block);
		}
		catch (CertificateException | RuntimeException ex) {
			refuse(purpose, "The " + purpose.description() + " cannot be read as an X.509 certificate; "
					+ "check you pasted all of it");
		}
	}

	private void checkRoot(X509Certificate root) {
		if (!root.getSubjectX500Principal().equals(root.getIssuerX500Principal()) || !signedBy(root, root)) {
			refuse(CertificatePurpose.ROOT, "The root certificate is not self-signed: its issuer is "
					+ name(root.getIssuerX500Principal()) + ". Give the root at the top of your chain");
			return;
		}
		checkCa(CertificatePurpose.ROOT, root);
	}

	private void checkCa(CertificatePurpose purpose, X509Certificate certificate) {
		checkDates(purpose, certificate);
		checkKeyStrength(purpose, certificate);
		if (certificate.getBasicConstraints() < 0) {
			refuse(purpose, "The " + purpose.description() + " is not a CA certificate (its basic constraints do "
					+ "not say CA: true), so it cannot issue certificates");
			return;
		}
		var usage = certificate.getKeyUsage();
		if (usage != null && !usage[KEY_CERT_SIGN]) {
			refuse(purpose, "The " + purpose.description() + "'s key usage does not include keyCertSign, "
					+ "so it cannot issue certificates");
		}
	}

	private void checkDates(CertificatePurpose purpose, X509Certificate certificate) {
		try {
			certificate.checkValidity(Date.from(this.now));
		}
		catch (CertificateExpiredException ex) {
			refuse(purpose, "The " + purpose.description() + " expired on "
					+ DAY.format(certificate.getNotAfter().toInstant()) + "; give a certificate that is valid now");
		}
		catch (CertificateNotYetValidException ex) {
			refuse(purpose, "The " + purpose.description() + " is not valid until "
					+ DAY.format(certificate.getNotBefore().toInstant()) + "; give a certificate that is valid now");
		}
	}

	/**
	 * The JDK's path validator still lets RSA keys of 1024 bits through, and the chain is
	 * only as strong as its weakest key.
	 */
	private void checkKeyStrength(CertificatePurpose purpose, X509Certificate certificate) {
		if (certificate.getPublicKey() instanceof RSAPublicKey rsa
				&& rsa.getModulus().bitLength() < JwtPublicKey.MIN_RSA_BITS) {
			refuse(purpose, "The " + purpose.description() + " has an RSA key of " + rsa.getModulus().bitLength()
					+ " bits; RSA keys must have at least " + JwtPublicKey.MIN_RSA_BITS + " bits");
		}
	}

	private void checkIssuedBy(CertificatePurpose purpose, X509Certificate certificate,
			CertificatePurpose issuerPurpose, X509Certificate issuer) {
		if (!certificate.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
			refuse(purpose,
					"The " + purpose.description() + " was not issued by your " + issuerPurpose.description()
							+ ": its issuer is " + name(certificate.getIssuerX500Principal()) + ", but the "
							+ issuerPurpose.description() + " is " + name(issuer.getSubjectX500Principal()));
		}
		else if (!signedBy(certificate, issuer)) {
			refuse(purpose, "The " + purpose.description() + "'s signature does not verify with the "
					+ issuerPurpose.description() + "'s key: it was signed by another certificate with the same name");
		}
	}

	private void checkKeyUsage(CertificatePurpose leaf, X509Certificate certificate) {
		var usage = certificate.getKeyUsage();
		if (leaf == CertificatePurpose.MTLS) {
			if (usage == null || !usage[DIGITAL_SIGNATURE]) {
				refuse(leaf, "The mTLS certificate's key usage must include digitalSignature");
				return;
			}
			if (!extendedUsages(certificate).contains(CLIENT_AUTH)) {
				refuse(leaf, "The mTLS certificate cannot be used for client authentication: its extended key "
						+ "usage must include clientAuth");
			}
		}
		else if (usage == null || !(usage[DIGITAL_SIGNATURE] || usage[NON_REPUDIATION])) {
			refuse(leaf, "The signing certificate's key usage must include digitalSignature or nonRepudiation, "
					+ "so it can sign XUA SAML assertions");
		}
	}

	private void validatePath(CertificatePurpose leaf, X509Certificate certificate, X509Certificate intermediate,
			X509Certificate root) {
		try {
			var factory = CertificateFactory.getInstance("X.509");
			var path = factory.generateCertPath(List.of(certificate, intermediate));
			var parameters = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
			parameters.setRevocationEnabled(false);
			parameters.setDate(Date.from(this.now));
			CertPathValidator.getInstance("PKIX").validate(path, parameters);
		}
		catch (CertPathValidatorException ex) {
			refuse(leaf,
					"The chain from the " + leaf.description() + " to your root does not validate: " + ex.getMessage());
		}
		catch (CertificateException | InvalidAlgorithmParameterException | NoSuchAlgorithmException ex) {
			throw new IllegalStateException("The JDK cannot validate certificate paths", ex);
		}
	}

	private static List<String> extendedUsages(X509Certificate certificate) {
		try {
			var usages = certificate.getExtendedKeyUsage();
			return usages == null ? List.of() : usages;
		}
		catch (CertificateParsingException ex) {
			return List.of();
		}
	}

	private static boolean signedBy(X509Certificate certificate, X509Certificate issuer) {
		try {
			certificate.verify(issuer.getPublicKey());
			return true;
		}
		catch (GeneralSecurityException ex) {
			return false;
		}
	}

	private Checked record(CertificatePurpose purpose, X509Certificate certificate) {
		try {
			var digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
			return new Checked(purpose, this.pems.get(purpose), name(certificate.getSubjectX500Principal()),
					name(certificate.getIssuerX500Principal()), certificate.getSerialNumber().toString(16),
					HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest),
					certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void refuse(CertificatePurpose purpose, String message) {
		this.problems.putIfAbsent(purpose.field(), message);
	}

	private static String name(X500Principal principal) {
		return principal.getName(X500Principal.RFC2253);
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
