package digital.onboarding.access;

import java.time.Instant;
import java.util.UUID;

/**
 * A credential of an environment access. An API key is never shown again after it is
 * issued: only its hint (the start of the key) is.
 *
 * @param keyHint the first characters of an API key, to tell keys apart
 * @param keyDescription for a public key, e.g. "EC P-256"
 * @param keyThumbprint for a public key, its RFC 7638 thumbprint
 */
public record Credential(UUID id, UUID accessId, Kind kind, String keyHint, String publicKeyPem, String keyDescription,
		String keyThumbprint, String jwksUrl, Instant createdAt, UUID createdBy, Instant revokedAt, UUID revokedBy) {

	public enum Kind {

		API_KEY("API key"), PUBLIC_KEY("Public key (PEM)"), JWKS_URL("JWKS address");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	public boolean isRevoked() {
		return this.revokedAt != null;
	}

}
