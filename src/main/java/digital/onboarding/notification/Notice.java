package digital.onboarding.notification;

import java.util.UUID;

/**
 * Something to tell one person, handed to {@link Notifications#send(Notice)}.
 *
 * @param accountId the person's existing account, or {@code null} for someone without one
 * (such as an organisation's onboarding contact known only by email address), who is
 * emailed and has no notifications list
 * @param email where the email goes
 * @param topic what it is about; decides whether the email may wait for a daily summary
 * @param subject one line: the email's subject and the heading in the list
 * @param body a few sentences in plain text, with no greeting
 * @param path the page of this service the notice is about, such as
 * {@code /review/revisions/…}; emails link to it absolutely
 */
public record Notice(UUID accountId, String email, Topic topic, String subject, String body, String path) {

	public Notice {
		require(email != null && !email.isBlank(), "a notice needs an email address");
		require(topic != null, "a notice needs a topic");
		require(subject != null && !subject.isBlank(), "a notice needs a subject");
		// The subject becomes an email header, where a line break would start another.
		require(subject.indexOf('\n') < 0 && subject.indexOf('\r') < 0, "a notice's subject is one line");
		require(body != null, "a notice needs a body, even an empty one");
		require(isServicePath(path), "a notice's path is a path of this service, such as /notifications");
	}

	/**
	 * Only a path on this service, so a notice can never link a person somewhere else:
	 * {@code //host} and {@code /\host} are taken by browsers as other sites.
	 */
	private static boolean isServicePath(String path) {
		return path != null && path.startsWith("/") && !path.startsWith("//") && path.indexOf('\\') < 0
				&& path.chars().noneMatch(Character::isWhitespace);
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalArgumentException(message);
		}
	}

}
