package digital.onboarding.radar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import digital.onboarding.notification.Notice;
import digital.onboarding.notification.Notifications;
import digital.onboarding.notification.Topic;
import digital.onboarding.organisation.OrganisationRecipients;

import org.springframework.stereotype.Component;

/**
 * Tells an organisation's owners, admins and the contact who looks after a thing that it
 * is about to end, or has.
 */
@Component
class ExpiryNotices {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final OrganisationRecipients recipients;

	private final Notifications notifications;

	ExpiryNotices(OrganisationRecipients recipients, Notifications notifications) {
		this.recipients = recipients;
		this.notifications = notifications;
	}

	void warn(Expiry expiry, Urgency urgency, LocalDate today) {
		var subject = subject(expiry, urgency, today);
		var body = expiry.title() + (urgency == Urgency.LAPSED ? " stopped counting on " : " ends on ")
				+ DAY.format(expiry.endsOn()) + ". " + expiry.consequence()
				+ (urgency == Urgency.LAPSED ? "" : " Renew it before then to avoid this.");
		this.notifications.sendAll(this.recipients.withContact(expiry.organisationId(), expiry.contact())
			.stream()
			.map(recipient -> new Notice(recipient.accountId(), recipient.email(), Topic.EXPIRY, subject, body,
					expiry.path()))
			.toList());
	}

	private static String subject(Expiry expiry, Urgency urgency, LocalDate today) {
		var what = expiry.kind().label();
		if (urgency == Urgency.LAPSED) {
			return what + " has lapsed: " + expiry.title();
		}
		var days = expiry.daysLeft(today);
		return what + " ends in " + days + (days == 1 ? " day: " : " days: ") + expiry.title();
	}

}
