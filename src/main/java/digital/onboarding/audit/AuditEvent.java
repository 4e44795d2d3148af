package digital.onboarding.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import digital.onboarding.platform.Sha256;

/**
 * One recorded event in the chain. Its hash covers every field and the previous event's
 * hash, so a changed, removed or reordered event breaks the chain from that point on.
 */
public record AuditEvent(long seq, Instant occurredAt, String action, String objectType, String objectId, UUID actorId,
		UUID organisationId, String summary, String requestId, String address, String previousHash, String hash) {

	/** The previous hash of the first event. */
	static final String GENESIS = "0".repeat(64);

	/** This event with the hash of its content. */
	AuditEvent sealed() {
		return new AuditEvent(this.seq, this.occurredAt, this.action, this.objectType, this.objectId, this.actorId,
				this.organisationId, this.summary, this.requestId, this.address, this.previousHash, computeHash());
	}

	/** The hash this event should carry, computed from its content. */
	String computeHash() {
		// The unit separator cannot be typed into a form field, so fields cannot be
		// shifted into each other.
		var canonical = Stream
			.of(this.previousHash, this.seq, this.occurredAt, this.action, this.objectType, this.objectId, this.actorId,
					this.organisationId, this.summary, this.requestId, this.address)
			.map(value -> Objects.toString(value, ""))
			.collect(Collectors.joining("\u001F"));
		return Sha256.hex(canonical);
	}

}
