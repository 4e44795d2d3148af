package digital.onboarding.audit;

import java.util.UUID;

import digital.onboarding.support.AuditLog;
import digital.onboarding.support.ServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ServiceTest
class AuditTrailTests {

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void eachEventLinksToTheOneBeforeItAndTheChainVerifies() {
		var first = this.audit.record(AuditEntry.of("thing.made", "thing", "1").by(UUID.randomUUID()).summary("made"));
		var second = this.audit.record(AuditEntry.of("thing.changed", "thing", "1").summary("changed"));

		assertThat(second.seq()).isEqualTo(first.seq() + 1);
		assertThat(second.previousHash()).isEqualTo(first.hash());
		assertThat(second.hash()).isEqualTo(second.computeHash()).hasSize(64);
		var verification = this.audit.verify();
		assertThat(verification.isIntact()).as(verification.problem()).isTrue();
		assertThat(verification.eventsChecked()).isGreaterThanOrEqualTo(second.seq());
	}

	@Test
	void theDatabaseRefusesToChangeOrDeleteAnEvent() {
		var event = this.audit.record(AuditEntry.of("thing.made", "thing", "2"));
		assertThatThrownBy(() -> this.jdbc.sql("update audit_events set summary = 'rewritten' where seq = ?")
			.param(event.seq())
			.update()).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("delete from audit_events where seq = ?").param(event.seq()).update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
	}

	@Test
	void anEventChangedBehindTheTriggersBackIsDetected() {
		var event = this.audit.record(AuditEntry.of("thing.made", "thing", "3").summary("original"));
		this.audit.record(AuditEntry.of("thing.made", "thing", "4"));
		var verification = tamperedWith("update audit_events set summary = 'rewritten' where seq = " + event.seq());
		assertThat(verification.isIntact()).isFalse();
		assertThat(verification.brokenAt()).isEqualTo(event.seq());
		assertThat(verification.problem()).contains("changed");
	}

	@Test
	void aDeletedEventIsDetected() {
		var event = this.audit.record(AuditEntry.of("thing.made", "thing", "5"));
		this.audit.record(AuditEntry.of("thing.made", "thing", "6"));
		var verification = tamperedWith("delete from audit_events where seq = " + event.seq());
		assertThat(verification.isIntact()).isFalse();
		assertThat(verification.brokenAt()).isEqualTo(event.seq());
		assertThat(verification.problem()).contains("missing");
	}

	@Test
	void anEventRecordedInATransactionThatRollsBackLeavesNoTrace() {
		long before = count();
		this.transactions.executeWithoutResult(status -> {
			this.audit.record(AuditEntry.of("thing.made", "thing", "7"));
			status.setRollbackOnly();
		});
		assertThat(count()).isEqualTo(before);
		assertThat(this.audit.verify().isIntact()).isTrue();
	}

	private ChainVerification tamperedWith(String sql) {
		return AuditLog.whileTamperedWith(this.transactions, this.jdbc, sql, this.audit::verify);
	}

	private long count() {
		return this.jdbc.sql("select count(*) from audit_events").query(Long.class).single();
	}

}
