package digital.onboarding.review;

/**
 * A review as the queue lists it.
 *
 * @param assigneeName {@code null} when nobody is assigned
 */
public record QueueItem(Review review, Turnaround turnaround, String assigneeName) {
}
