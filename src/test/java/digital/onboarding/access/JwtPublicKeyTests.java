package digital.onboarding.access;

import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class JwtPublicKeyTests {

	@Test
	void anRsaKeyOfAtLeast2048BitsIsAcceptedWithItsThumbprint() {
		var key = JwtPublicKey.parse(TestPki.pem(TestPki.keys("RSA", 2048).getPublic()));
		assertThat(key.description()).isEqualTo("RSA 2048-bit");
		assertThat(key.thumbprint()).matches("[A-Za-z0-9_-]{43}");
	}

	@Test
	void anEcP256KeyIsAccepted() {
		assertThat(JwtPublicKey.parse(TestPki.pem(TestPki.ecKeys().getPublic())).description()).isEqualTo("EC P-256");
	}

	@Test
	void aShortRsaKeyIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> JwtPublicKey.parse(TestPki.pem(TestPki.keys("RSA", 1024).getPublic())))
			.withMessage("This RSA key has 1024 bits; RSA keys must have at least 2048 bits");
	}

	@Test
	void anEcKeyOnAnotherCurveIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> JwtPublicKey.parse(TestPki.pem(TestPki.ecKeys("secp384r1").getPublic())))
			.withMessage("This EC key is on the P-384 curve; EC keys must be on P-256");
	}

	@Test
	void anEd25519KeyIsRefused() {
		var ed25519 = SubjectPublicKeyInfo.getInstance(TestPki.keys("Ed25519", 0).getPublic().getEncoded());
		assertThatIllegalArgumentException().isThrownBy(() -> JwtPublicKey.parse(TestPki.pem(ed25519)))
			.withMessage(
					"Give an RSA public key of at least 2048 bits or an EC public key on the P-256 curve; this key "
							+ "is Ed25519");
	}

	@Test
	void aPrivateKeyIsRefusedAndCalledExposed() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> JwtPublicKey.parse(TestPki.pem(TestPki.ecKeys().getPrivate())))
			.withMessageStartingWith("This is a private key. Give the public key only");
	}

	@Test
	void aPrivateKeyPastedAfterThePublicKeyIsRefusedToo() {
		var keys = TestPki.ecKeys();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> JwtPublicKey.parse(TestPki.pem(keys.getPublic()) + TestPki.pem(keys.getPrivate())))
			.withMessageStartingWith("This is a private key. Give the public key only");
	}

	@Test
	void onlyTheKeyIsKeptOfWhatWasPasted() {
		var publicKey = TestPki.ecKeys().getPublic();
		var pasted = "Our signing key:\n" + TestPki.pem(publicKey) + "\nRegards, the integration team";
		assertThat(JwtPublicKey.parse(pasted).pem()).isEqualTo(TestPki.pem(publicKey));
	}

	@Test
	void garbageIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> JwtPublicKey.parse("not a key"))
			.withMessage("The public key cannot be read as PEM: paste the text from -----BEGIN PUBLIC KEY----- to "
					+ "-----END PUBLIC KEY-----");
	}

}
