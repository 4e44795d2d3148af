package digital.onboarding.notification.web;

import java.security.Principal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import digital.onboarding.notification.Notifications;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page of a signed-in person the header link to their notifications, with how
 * many are unread.
 */
@ControllerAdvice(annotations = Controller.class)
class NotificationsLinkAdvice {

	private final Notifications notifications;

	NotificationsLinkAdvice(Notifications notifications) {
		this.notifications = notifications;
	}

	@ModelAttribute("notificationsLink")
	NotificationsLink notificationsLink(Principal principal, HttpServletRequest request) {
		var accountId = SignedInAccountId.of(principal);
		if (accountId.isEmpty()) {
			return null;
		}
		// An error page must show even when the database is what failed, so it does not
		// count.
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			return NotificationsLink.withoutCount();
		}
		return NotificationsLink.counting(() -> this.notifications.unreadCount(accountId.get()));
	}

}
