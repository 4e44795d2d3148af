package digital.onboarding.notification;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One page of a person's notifications, newest first.
 *
 * @param notifications at most {@link Notifications#PAGE_SIZE} of them
 * @param hasOlder whether older notifications follow; ask for them with the last one's id
 */
public record NotificationPage(List<Notification> notifications, boolean hasOlder) {

	/** Where the next, older page starts, if there is one. */
	public Optional<UUID> olderThan() {
		return this.hasOlder ? Optional.of(this.notifications.get(this.notifications.size() - 1).id())
				: Optional.empty();
	}

}
