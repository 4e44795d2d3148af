package digital.onboarding.catalogue.programme;

/**
 * A guardrail written in a programme file: when its condition holds for an application's
 * answers, it raises a finding with its outcome and message.
 *
 * @param id a stable id such as {@code R-dspt-status}
 * @param when the condition that raises the finding
 * @param outcome what the finding does to the application
 * @param message what the applicant reads, saying what to do about it
 */
public record Rule(String id, Condition when, RuleOutcome outcome, String message) {

}
