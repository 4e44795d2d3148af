package digital.onboarding.notification.web;

import java.security.Principal;
import java.util.UUID;

import digital.onboarding.notification.CommentDelivery;
import digital.onboarding.notification.Notification;
import digital.onboarding.notification.Notifications;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signed-in person's own notifications and how they are emailed. Whose notifications
 * are shown is always the signed-in person's, never taken from the address.
 */
@Controller
@RequestMapping("/notifications")
class NotificationController {

	private final Notifications notifications;

	NotificationController(Notifications notifications) {
		this.notifications = notifications;
	}

	/**
	 * Shows a page of notifications, then marks those shown as read: they appear as new
	 * this once.
	 */
	@GetMapping
	String list(@RequestParam(required = false) UUID olderThan, Principal principal, Model model) {
		var accountId = accountId(principal);
		var page = this.notifications.list(accountId, olderThan);
		model.addAttribute("notifications", page.notifications().stream().map(ListedNotification::of).toList());
		model.addAttribute("olderThan", page.olderThan().orElse(null));
		model.addAttribute("isNewest", olderThan == null);
		this.notifications.markRead(accountId, page.notifications().stream().map(Notification::id).toList());
		return "notification/list";
	}

	@GetMapping("/settings")
	String settings(Principal principal, Model model) {
		model.addAttribute("form", SettingsForm.of(this.notifications.commentDelivery(accountId(principal))));
		return settingsPage(model);
	}

	@PostMapping("/settings")
	String saveSettings(@ModelAttribute("form") SettingsForm form, BindingResult result, Principal principal,
			Model model, RedirectAttributes redirect) {
		var delivery = form.chosenDelivery();
		if (delivery.isEmpty()) {
			result.rejectValue("commentDelivery", "required",
					"Select how we should email you about comments and replies");
			return settingsPage(model);
		}
		this.notifications.chooseCommentDelivery(accountId(principal), delivery.get());
		redirect.addFlashAttribute("success", "Your notification settings have been saved");
		return "redirect:/notifications";
	}

	private String settingsPage(Model model) {
		model.addAttribute("deliveries", CommentDelivery.values());
		return "notification/settings";
	}

	/**
	 * These pages are for signed-in people only (see the web module's security rules).
	 */
	private static UUID accountId(Principal principal) {
		return SignedInAccountId.of(principal)
			.orElseThrow(() -> new AccessDeniedException("Notifications are for signed-in people"));
	}

}
