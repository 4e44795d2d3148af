package digital.onboarding.notification.web;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import digital.onboarding.notification.Notification;
import digital.onboarding.platform.England;

/**
 * A notification as its list shows it, with the time in words for England.
 *
 * @param subject its heading, which links to its page
 * @param body its text
 * @param topic what it is about
 * @param path the page it links to
 * @param time such as "23 November 2026 at 2:05pm"
 * @param datetime the same time for the page's {@code time} element
 * @param unread whether to show it as new
 */
record ListedNotification(String subject, String body, String topic, String path, String time, String datetime,
		boolean unread) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	static ListedNotification of(Notification notification) {
		var local = notification.createdAt().atZone(England.TIME_ZONE);
		return new ListedNotification(notification.subject(), notification.body(), notification.topic().label(),
				notification.path(), local.format(DAY) + " at " + clockTime(local.getHour(), local.getMinute()),
				local.truncatedTo(ChronoUnit.SECONDS).toOffsetDateTime().toString(), notification.isUnread());
	}

	/** In the NHS style: 2pm, 2:05pm, midday, midnight. */
	static String clockTime(int hour, int minute) {
		if (minute == 0 && (hour == 0 || hour == 12)) {
			return hour == 0 ? "midnight" : "midday";
		}
		var hourOnClock = hour % 12 == 0 ? 12 : hour % 12;
		var suffix = hour < 12 ? "am" : "pm";
		return minute == 0 ? hourOnClock + suffix : hourOnClock + ":" + String.format("%02d", minute) + suffix;
	}

}
