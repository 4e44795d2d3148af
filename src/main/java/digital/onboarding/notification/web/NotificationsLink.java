package digital.onboarding.notification.web;

import java.util.function.IntSupplier;

/**
 * The header's link to a signed-in person's notifications. The unread count is asked for
 * only when a page shows the link, so requests that redirect or answer JSON cost nothing,
 * and it is asked for at most once.
 */
final class NotificationsLink {

	private final IntSupplier unreadCount;

	private String text;

	private NotificationsLink(IntSupplier unreadCount) {
		this.unreadCount = unreadCount;
	}

	static NotificationsLink counting(IntSupplier unreadCount) {
		return new NotificationsLink(unreadCount);
	}

	static NotificationsLink withoutCount() {
		return new NotificationsLink(null);
	}

	/** "Notifications", with the number of unread ones in brackets when there are any. */
	public String text() {
		if (this.text == null) {
			int unread = this.unreadCount == null ? 0 : this.unreadCount.getAsInt();
			this.text = unread == 0 ? "Notifications" : "Notifications (" + unread + ")";
		}
		return this.text;
	}

}
