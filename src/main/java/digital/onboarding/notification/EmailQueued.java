package digital.onboarding.notification;

import java.util.UUID;

/**
 * An email was stored and waits for delivery.
 */
record EmailQueued(UUID emailId) {
}
