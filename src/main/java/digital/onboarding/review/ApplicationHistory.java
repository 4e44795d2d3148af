package digital.onboarding.review;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import digital.onboarding.audit.AuditEvent;

/**
 * Everything recorded on the product version a review belongs to, oldest first: its
 * applications, answers, submissions, comments and decisions.
 *
 * @param actors the names of the people who acted, by account id
 */
public record ApplicationHistory(Review review, List<AuditEvent> events, Map<UUID, String> actors) {

	public String actorOf(AuditEvent event) {
		return event.actorId() == null ? "The service" : this.actors.getOrDefault(event.actorId(), "Someone");
	}

}
