package digital.onboarding.access;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;

import static digital.onboarding.access.TestPki.days;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CertificateChainTests {

	private final TestPki.Issued root = TestPki.root("Acme Root");

	private final TestPki.Issued intermediate = TestPki.intermediate("Acme Intermediate", this.root);

	@Test
	void aGoodChainIsAcceptedWithWhatIsRecordedOfEachCertificate() {
		var mtls = TestPki.mtls("gateway.acme.example", this.intermediate);
		var signing = TestPki.signing("saml.acme.example", this.intermediate);
		var checked = CertificateChain.check(chain(this.root.pem(), this.intermediate.pem(), mtls.pem(), signing.pem()),
				Instant.now());
		assertThat(checked).extracting(CertificateChain.Checked::purpose)
			.containsExactly(CertificatePurpose.ROOT, CertificatePurpose.INTERMEDIATE, CertificatePurpose.MTLS,
					CertificatePurpose.SIGNING);
		var leaf = checked.get(2);
		assertThat(leaf.subject()).isEqualTo("CN=gateway.acme.example,O=Test Supplier");
		assertThat(leaf.issuer()).isEqualTo("CN=Acme Intermediate,O=Test Supplier");
		assertThat(leaf.serial()).isEqualTo(mtls.certificate().getSerialNumber().toString(16));
		assertThat(leaf.sha256()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
		assertThat(leaf.notAfter()).isEqualTo(mtls.certificate().getNotAfter().toInstant());
		assertThat(checked.get(0).subject()).isEqualTo(checked.get(0).issuer());
	}

	@Test
	void oneLeafIsEnough() {
		var signing = TestPki.signing("saml.acme.example", this.intermediate);
		assertThat(CertificateChain.check(chain(this.root.pem(), this.intermediate.pem(), null, signing.pem()),
				Instant.now()))
			.hasSize(3);
	}

	@Test
	void anExpiredLeafIsRefused() {
		var expired = TestPki.leaf("old.acme.example", this.intermediate, days(-400), days(-35), false,
				new KeyUsage(KeyUsage.digitalSignature), new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
		assertThat(refusal(chain(this.root.pem(), this.intermediate.pem(), expired.pem(), null))).containsEntry("mtls",
				"The mTLS certificate expired on " + day(expired) + "; give a certificate that is valid now");
	}

	@Test
	void aLeafNotYetValidIsRefused() {
		var future = TestPki.leaf("new.acme.example", this.intermediate, days(30), days(120), false,
				new KeyUsage(KeyUsage.digitalSignature), new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
		assertThat(refusal(chain(this.root.pem(), this.intermediate.pem(), future.pem(), null)).get("mtls"))
			.startsWith("The mTLS certificate is not valid until ");
	}

	@Test
	void aLeafSignedByAnotherIntermediateIsRefused() {
		var other = TestPki.intermediate("Other Intermediate", TestPki.root("Other Root"));
		var stray = TestPki.mtls("gateway.acme.example", other);
		assertThat(refusal(chain(this.root.pem(), this.intermediate.pem(), stray.pem(), null))).containsEntry("mtls",
				"The mTLS certificate was not issued by your intermediate certificate: its issuer "
						+ "is CN=Other Intermediate,O=Test Supplier, but the intermediate certificate is "
						+ "CN=Acme Intermediate,O=Test Supplier");
	}

	@Test
	void aLeafSignedByAnImpostorWithTheIntermediatesNameIsRefused() {
		var impostor = TestPki.intermediate("Acme Intermediate", this.root);
		var leaf = TestPki.mtls("gateway.acme.example", impostor);
		assertThat(refusal(chain(this.root.pem(), this.intermediate.pem(), leaf.pem(), null)).get("mtls"))
			.isEqualTo("The mTLS certificate's signature does not verify with the intermediate certificate's key: it "
					+ "was signed by another certificate with the same name");
	}

	@Test
	void aMissingIntermediateIsRefused() {
		var leaf = TestPki.mtls("gateway.acme.example", this.intermediate);
		assertThat(refusal(chain(this.root.pem(), "", leaf.pem(), null))).containsEntry("intermediate",
				"Paste your intermediate certificate in PEM format");
	}

	@Test
	void anIntermediateFromAnotherRootIsRefused() {
		var foreign = TestPki.intermediate("Acme Intermediate", TestPki.root("Other Root"));
		var leaf = TestPki.mtls("gateway.acme.example", foreign);
		assertThat(refusal(chain(this.root.pem(), foreign.pem(), leaf.pem(), null)).get("intermediate"))
			.startsWith("The intermediate certificate was not issued by your root certificate: its issuer is "
					+ "CN=Other Root,O=Test Supplier");
	}

	@Test
	void aRootThatIsNotSelfSignedIsRefused() {
		assertThat(refusal(chain(this.intermediate.pem(), this.intermediate.pem(),
				TestPki.mtls("gateway.acme.example", this.intermediate).pem(), null))
			.get("root")).startsWith("The root certificate is not self-signed");
	}

	@Test
	void aLeafThatIsACaIsRefused() {
		var ca = TestPki.leaf("gateway.acme.example", this.intermediate, days(-1), days(90), true,
				new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyCertSign),
				new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
		assertThat(refusal(chain(this.root.pem(), this.intermediate.pem(), ca.pem(), null))).containsEntry("mtls",
				"The mTLS certificate is a CA certificate (its basic constraints say CA: true); give the leaf "
						+ "certificate your intermediate issued");
	}

	@Test
	void anMtlsLeafWithoutClientAuthIsRefused() {
		var server = TestPki.leaf("gateway.acme.example", this.intermediate, days(-1), days(90), false,
				new KeyUsage(KeyUsage.digitalSignature), new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
		assertThat(refusal(chain(this.root.pem(), this.intermediate.pem(), server.pem(), null))).containsEntry("mtls",
				"The mTLS certificate cannot be used for client authentication: its extended key usage must include "
						+ "clientAuth");
	}

	@Test
	void aSigningLeafThatCannotSignIsRefused() {
		var encipher = TestPki.leaf("saml.acme.example", this.intermediate, days(-1), days(90), false,
				new KeyUsage(KeyUsage.keyAgreement), null);
		assertThat(refusal(chain(this.root.pem(), this.intermediate.pem(), null, encipher.pem())))
			.containsEntry("signing", "The signing certificate's key usage must include digitalSignature or "
					+ "nonRepudiation, so it can sign XUA SAML assertions");
	}

	@Test
	void garbageIsRefusedAsNotPem() {
		assertThat(refusal(chain("hello", this.intermediate.pem(),
				TestPki.mtls("gateway.acme.example", this.intermediate).pem(), null)))
			.containsEntry("root", "The root certificate is not a PEM certificate: paste the text from "
					+ "-----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----");
		assertThat(refusal(chain(this.root.pem(), this.intermediate.pem(),
				"-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----", null)))
			.containsEntry("mtls",
					"The mTLS certificate cannot be read as an X.509 certificate; check you pasted " + "all of it");
	}

	@Test
	void atLeastOneLeafIsNeeded() {
		assertThat(refusal(chain(this.root.pem(), this.intermediate.pem(), null, null))).containsEntry("mtls",
				"Paste at least one leaf certificate: the mTLS certificate, the signing certificate, or both");
	}

	@Test
	void twoCertificatesInOneFieldAreRefused() {
		var leaf = TestPki.mtls("gateway.acme.example", this.intermediate);
		assertThat(refusal(chain(this.root.pem(), this.intermediate.pem(), leaf.pem() + this.intermediate.pem(), null))
			.get("mtls")).startsWith("Paste only one certificate as the mTLS certificate");
	}

	@Test
	void theRootGivenAgainAsTheIntermediateIsRefused() {
		var leaf = TestPki.mtls("gateway.acme.example", this.root);
		assertThat(refusal(chain(this.root.pem(), this.root.pem(), leaf.pem(), null))).containsEntry("intermediate",
				"The intermediate certificate is the same as the root certificate; give the intermediate "
						+ "certificate your root issued");
	}

	@Test
	void aPrivateKeyPastedWithTheLeafIsRefusedAsExposed() {
		var leaf = TestPki.mtls("gateway.acme.example", this.intermediate);
		assertThat(refusal(chain(this.root.pem(), this.intermediate.pem(),
				leaf.pem() + TestPki.pem(leaf.keys().getPrivate()), null))
			.get("mtls"))
			.isEqualTo("This is a private key. Give the mTLS certificate only, and keep the private key "
					+ "secret: consider it exposed and make a new key pair");
	}

	@Test
	void aLeafWithAWeakRsaKeyIsRefused() {
		var weak = TestPki.leaf("gateway.acme.example", this.intermediate, TestPki.keys("RSA", 1024), days(-1),
				days(90), false, new KeyUsage(KeyUsage.digitalSignature),
				new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
		assertThat(refusal(chain(this.root.pem(), this.intermediate.pem(), weak.pem(), null))).containsEntry("mtls",
				"The mTLS certificate has an RSA key of 1024 bits; RSA keys must have at least 2048 bits");
	}

	private static Map<String, String> refusal(Map<CertificatePurpose, String> pems) {
		var refused = catchThrowableOfType(AccessInputException.class,
				() -> CertificateChain.check(pems, Instant.now()));
		assertThat(refused).as("refused").isNotNull();
		return refused.errors();
	}

	private static Map<CertificatePurpose, String> chain(String root, String intermediate, String mtls,
			String signing) {
		var pems = new EnumMap<CertificatePurpose, String>(CertificatePurpose.class);
		pems.put(CertificatePurpose.ROOT, root);
		pems.put(CertificatePurpose.INTERMEDIATE, intermediate);
		pems.put(CertificatePurpose.MTLS, mtls);
		pems.put(CertificatePurpose.SIGNING, signing);
		return pems;
	}

	private static String day(TestPki.Issued issued) {
		return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy")
			.withZone(java.time.ZoneId.of("Europe/London"))
			.format(issued.certificate().getNotAfter().toInstant());
	}

}
