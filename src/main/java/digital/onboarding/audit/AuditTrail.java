package digital.onboarding.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

import digital.onboarding.platform.RequestOrigin;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records audit events in the transaction of the change they describe and checks the
 * chain.
 */
@Service
public class AuditTrail {

	private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

	/**
	 * Serialises appends across every node, so each event links to exactly one
	 * predecessor.
	 */
	private static final long CHAIN_LOCK = 0x4155444954L;

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Appends an event, taking the request id and address from the request in progress.
	 * Joins the caller's transaction, so the event is kept exactly when the change is.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public AuditEvent record(AuditEntry entry) {
		this.jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query((rs, n) -> 1).list();
		var last = this.jdbc.sql("select seq, hash from audit_events order by seq desc limit 1")
			.query(Link.class)
			.optional()
			.orElse(Link.BEFORE_FIRST);
		var origin = RequestOrigin.current();
		// PostgreSQL keeps microseconds; the hash must cover exactly what is stored.
		var now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		var event = new AuditEvent(last.seq() + 1, now, entry.action(), entry.objectType(), entry.objectId(),
				entry.actorId(), entry.organisationId(), entry.summary(), origin.requestId(), origin.address(),
				last.hash(), null)
			.sealed();
		this.jdbc.sql("""
				insert into audit_events (seq, occurred_at, action, object_type, object_id, actor_id, organisation_id,
				  summary, request_id, address, previous_hash, hash)
				values (:seq, :occurredAt, :action, :objectType, :objectId, :actorId, :organisationId,
				  :summary, :requestId, :address, :previousHash, :hash)
				""")
			.param("seq", event.seq())
			.param("occurredAt", Timestamp.from(event.occurredAt()))
			.param("action", event.action())
			.param("objectType", event.objectType())
			.param("objectId", event.objectId())
			.param("actorId", event.actorId())
			.param("organisationId", event.organisationId())
			.param("summary", event.summary())
			.param("requestId", event.requestId())
			.param("address", event.address())
			.param("previousHash", event.previousHash())
			.param("hash", event.hash())
			.update();
		return event;
	}

	/**
	 * Reads the whole chain in order and reports the first event that was changed,
	 * removed or inserted out of turn.
	 */
	@Transactional(readOnly = true)
	public ChainVerification verify() {
		var checker = new ChainChecker();
		this.jdbc.sql("select * from audit_events order by seq").withFetchSize(500).query(checker);
		return checker.result();
	}

	/**
	 * Checks the chain once a day and raises the alarm in the log if it is broken. One
	 * node checks for all: the chain they share is the same.
	 */
	@Scheduled(cron = "${onboarding.audit.verify-cron:0 15 3 * * *}")
	@SchedulerLock(name = "audit-trail-verification", lockAtMostFor = "PT1H")
	void verifyDaily() {
		var result = verify();
		if (result.isIntact()) {
			log.info("Audit chain intact: {} events", result.eventsChecked());
		}
		else {
			log.error("Audit chain broken at event {}: {}", result.brokenAt(), result.problem());
		}
	}

	private record Link(long seq, String hash) {

		static final Link BEFORE_FIRST = new Link(0, AuditEvent.GENESIS);

	}

	/** Walks the rows in sequence order, remembering only the previous event. */
	private static final class ChainChecker implements RowCallbackHandler {

		private long expectedSeq = 1;

		private String previousHash = AuditEvent.GENESIS;

		private ChainVerification failure;

		@Override
		public void processRow(ResultSet rs) throws SQLException {
			if (this.failure != null) {
				return;
			}
			var event = AuditEvents.map(rs);
			if (event.seq() != this.expectedSeq) {
				this.failure = new ChainVerification(this.expectedSeq - 1, this.expectedSeq,
						"event " + this.expectedSeq + " is missing");
			}
			else if (!event.previousHash().equals(this.previousHash)) {
				this.failure = new ChainVerification(event.seq(), event.seq(),
						"event " + event.seq() + " does not link to the event before it");
			}
			else if (!event.hash().equals(event.computeHash())) {
				this.failure = new ChainVerification(event.seq(), event.seq(),
						"event " + event.seq() + " was changed after it was recorded");
			}
			this.expectedSeq = event.seq() + 1;
			this.previousHash = event.hash();
		}

		ChainVerification result() {
			return this.failure != null ? this.failure : ChainVerification.intact(this.expectedSeq - 1);
		}

	}

}
