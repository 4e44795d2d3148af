package digital.onboarding.audit;

import java.util.List;

/**
 * A page of events, newest first, and where the next, older page starts.
 *
 * @param events the events on this page, newest first
 * @param olderBefore the sequence number to ask for older events before, or null when
 * this page holds the oldest event that matches
 */
public record AuditPage(List<AuditEvent> events, Long olderBefore) {

	public AuditPage {
		events = List.copyOf(events);
	}

	public boolean hasOlder() {
		return this.olderBefore != null;
	}

}
