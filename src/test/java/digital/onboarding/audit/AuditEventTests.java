package digital.onboarding.audit;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditEventTests {

	private final AuditEvent event = new AuditEvent(7, Instant.parse("2026-11-22T10:15:30.123456Z"),
			"account.activated", "account", "42", UUID.randomUUID(), null, "Activated", "request-1", "192.0.2.1",
			AuditEvent.GENESIS, null)
		.sealed();

	@Test
	void theHashCoversEveryField() {
		assertThat(this.event.hash()).isEqualTo(this.event.computeHash());
		assertThat(changed(this.event.seq() + 1, this.event.summary(), this.event.address()).computeHash())
			.isNotEqualTo(this.event.hash());
		assertThat(changed(this.event.seq(), "Activated!", this.event.address()).computeHash())
			.isNotEqualTo(this.event.hash());
		assertThat(changed(this.event.seq(), this.event.summary(), "192.0.2.2").computeHash())
			.isNotEqualTo(this.event.hash());
	}

	@Test
	void textCannotBeShiftedFromOneFieldIntoTheNext() {
		var shifted = new AuditEvent(this.event.seq(), this.event.occurredAt(), "account.activatedaccount", "",
				this.event.objectId(), this.event.actorId(), null, this.event.summary(), this.event.requestId(),
				this.event.address(), this.event.previousHash(), null);
		assertThat(shifted.computeHash()).isNotEqualTo(this.event.hash());
	}

	private AuditEvent changed(long seq, String summary, String address) {
		return new AuditEvent(seq, this.event.occurredAt(), this.event.action(), this.event.objectType(),
				this.event.objectId(), this.event.actorId(), null, summary, this.event.requestId(), address,
				this.event.previousHash(), this.event.hash());
	}

}
