package digital.onboarding.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An evidence file as recorded when it was accepted.
 *
 * @param filename the name it was uploaded with, without any folder and with characters
 * that are unsafe in a file name replaced
 * @param mediaType what its content is, recognised from the content itself
 * @param size its length in bytes
 * @param sha256 the SHA-256 of its content, lower-case hex, so anyone can check a copy
 * @param uploadedBy the account that uploaded it
 * @param scanResult what the virus scanner said
 * @param expiresOn the first day it no longer counts, for evidence such as a penetration
 * test or a safety case; {@code null} if it does not expire
 * @param version for optimistic locking of the expiry date
 */
public record Evidence(UUID id, UUID organisationId, String filename, String mediaType, long size, String sha256,
		UUID uploadedBy, Instant uploadedAt, ScanResult scanResult, LocalDate expiresOn, int version) {
}
