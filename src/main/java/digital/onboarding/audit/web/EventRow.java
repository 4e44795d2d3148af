package digital.onboarding.audit.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import digital.onboarding.audit.AuditEvent;

/**
 * One event as a row of the audit trail table.
 *
 * @param time when it happened, for people to read, in UTC
 * @param timestamp when it happened, in ISO-8601, for the time element
 */
record EventRow(AuditEvent event, String time, String timestamp) {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss 'UTC'", Locale.UK)
		.withZone(ZoneOffset.UTC);

	static EventRow of(AuditEvent event) {
		return new EventRow(event, TIME.format(event.occurredAt()),
				DateTimeFormatter.ISO_INSTANT.format(event.occurredAt()));
	}

}
