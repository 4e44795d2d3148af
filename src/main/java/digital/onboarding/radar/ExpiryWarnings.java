package digital.onboarding.radar;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The warnings sent, one per thing, end date and threshold.
 */
@Repository
class ExpiryWarnings {

	private final JdbcClient jdbc;

	ExpiryWarnings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records the warning unless it was sent before. A concurrent run waits here for the
	 * first to commit, then finds the row.
	 * @return whether this call recorded it, and so must send it
	 */
	boolean record(Expiry expiry, Urgency urgency, LocalDate day, Instant now) {
		return this.jdbc.sql("""
				insert into expiry_warnings (item_key, ends_on, urgency, kind, organisation_id, sent_on, sent_at)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict do nothing
				""")
			.params(expiry.key(), expiry.endsOn(), urgency.name(), expiry.kind().id(), expiry.organisationId(), day,
					Timestamp.from(now))
			.update() == 1;
	}

}
