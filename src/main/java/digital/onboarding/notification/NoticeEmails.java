package digital.onboarding.notification;

import java.util.List;
import java.util.stream.Collectors;

import digital.onboarding.platform.ServiceProperties;

import org.springframework.stereotype.Component;

/**
 * The words of the emails that carry notices: one notice, or a person's daily summary of
 * comments and replies.
 */
@Component
class NoticeEmails {

	private final ServiceProperties service;

	NoticeEmails(ServiceProperties service) {
		this.service = service;
	}

	Email notice(Notice notice) {
		var text = new StringBuilder();
		if (!notice.body().isBlank()) {
			text.append(notice.body().strip()).append("\n\n");
		}
		text.append("Open it in the service: ").append(this.service.link(notice.path())).append("\n\n");
		text.append(why(notice)).append("\n");
		return new Email(notice.email(), notice.subject(), text.toString());
	}

	Email dailySummary(String recipient, List<NotificationStore.Held> held) {
		var items = held.stream()
			.map(notice -> "- " + notice.subject() + "\n  " + this.service.link(notice.path()))
			.collect(Collectors.joining("\n\n"));
		var subject = held.size() == 1 ? "Your daily summary: 1 comment or reply"
				: "Your daily summary: " + held.size() + " comments and replies";
		return new Email(recipient, subject, """
				New comments and replies since your last summary:

				%s

				You chose to get these once a day. To get an email about each one as it arrives instead, \
				change your notification settings: %s
				""".formatted(items, this.service.link("/notifications/settings")));
	}

	/**
	 * Tells a person why the email came: someone with an account can change how often;
	 * someone without one was named as a contact.
	 */
	private String why(Notice notice) {
		if (notice.accountId() == null) {
			return "You get this email from the %s because your email address was given as a contact."
				.formatted(this.service.name());
		}
		var why = "You get this email because you have a %s account. Your notifications are also listed at %s"
			.formatted(this.service.name(), this.service.link("/notifications"));
		if (notice.topic().isComment()) {
			why += "\n\nTo get comments and replies in one email a day instead, change your notification settings: "
					+ this.service.link("/notifications/settings");
		}
		return why;
	}

}
