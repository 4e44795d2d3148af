package digital.onboarding.notification;

/**
 * A plain-text email to one person.
 */
public record Email(String recipient, String subject, String body) {
}
