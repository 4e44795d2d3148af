package digital.onboarding.certification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A technical conformance certificate: what was certified, copied at issue and signed,
 * and its live status.
 *
 * @param id human readable and unique, e.g. {@code TCC-NIR-2026-000123}
 * @param organisationName the organisation's legal name at issue
 * @param productModule the module certified, if a separate one was; {@code null} if none
 * @param versionNumber the significant version certified; its patch versions are covered
 * @param connectionType e.g. "Provider", "Consumer" or "Provider and consumer"
 * @param expiresOn the first day it is no longer valid, set at issue
 * @param payload the canonical JSON that was signed
 * @param jws the compact JWS (ES256) over {@code payload}
 * @param statusReason why it was suspended, revoked or reinstated; {@code null} if never
 * @param statusChangedAt when its status last changed; {@code null} if never
 * @param supersededBy the id of the newer version's certificate, when superseded
 * @param version for optimistic locking of the status
 */
public record Certificate(String id, UUID organisationId, UUID productId, UUID productVersionId, String apiId,
		String apiName, String organisationName, String productName, String productModule, String versionNumber,
		String connectionType, LocalDate issuedOn, Instant issuedAt, LocalDate expiresOn, String payload, String jws,
		String kid, CertificateStatus status, String statusReason, Instant statusChangedAt, String supersededBy,
		int version) {

	/** The patch versions covered, as a pattern: {@code 2.1.x} for version 2.1. */
	public String patchVersionsCovered() {
		return this.versionNumber + ".x";
	}

	public boolean isValid() {
		return this.status == CertificateStatus.VALID;
	}

}
