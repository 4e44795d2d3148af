package digital.onboarding.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the service sends email. The SMTP server itself is set with the usual
 * {@code spring.mail.*} properties; without {@code spring.mail.host} messages are written
 * to the log instead.
 *
 * @param from the sender address
 * @param retryDelay how long to wait before the first retry; doubled after each failure
 * @param maxAttempts after this many failures a message is marked failed and kept for
 * staff
 */
@ConfigurationProperties("onboarding.mail")
record MailProperties(String from, Duration retryDelay, int maxAttempts) {

	Duration delayAfter(int failedAttempts) {
		var delay = this.retryDelay.multipliedBy(1L << Math.min(failedAttempts - 1, 10));
		return delay.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : delay;
	}

}
