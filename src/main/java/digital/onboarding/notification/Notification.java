package digital.onboarding.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * A notice as it stands in its person's notifications list.
 *
 * @param id identifies it within the list
 * @param topic what it is about
 * @param subject its heading
 * @param body its text
 * @param path the page of this service it is about
 * @param createdAt when it was sent
 * @param readAt when its person first saw it in the list, or {@code null} while unread
 */
public record Notification(UUID id, Topic topic, String subject, String body, String path, Instant createdAt,
		Instant readAt) {

	public boolean isUnread() {
		return this.readAt == null;
	}

}
