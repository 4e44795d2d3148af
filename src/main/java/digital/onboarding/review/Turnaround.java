package digital.onboarding.review;

import java.time.LocalDate;

/**
 * How long a revision has waited for its decision against the programme's target, in
 * working days (weekends and England's bank holidays excluded).
 *
 * @param waited working days since submission
 * @param target the programme's turnaround target
 * @param dueOn the last working day within the target
 * @param overdue whether the target has passed without a decision
 */
public record Turnaround(int waited, int target, LocalDate dueOn, boolean overdue) {
}
