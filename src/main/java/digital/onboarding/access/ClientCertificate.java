package digital.onboarding.access;

import java.time.Instant;
import java.util.UUID;

/**
 * A certificate a supplier gave for an environment access, as checked and recorded.
 *
 * @param productId the product whose access it is for
 * @param chainId the upload it came in: the root, intermediate and leaves given together
 * @param serial the serial number in hex
 * @param sha256 the SHA-256 fingerprint of its DER encoding, as colon-separated hex
 * @param unusableAt when it was marked unusable (for instance on expiry); {@code null}
 * while usable
 */
public record ClientCertificate(UUID id, UUID accessId, UUID organisationId, UUID productId, UUID chainId,
		CertificatePurpose purpose, String pem, String subject, String issuer, String serial, String sha256,
		Instant notBefore, Instant notAfter, Instant uploadedAt, UUID uploadedBy, Instant unusableAt,
		String unusableReason) {

	public boolean isUsable() {
		return this.unusableAt == null;
	}

}
