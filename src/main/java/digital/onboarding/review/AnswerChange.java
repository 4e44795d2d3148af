package digital.onboarding.review;

import digital.onboarding.catalogue.programme.Question;

/**
 * A question whose answer differs between two revisions.
 *
 * @param before {@code null} if it was not answered
 * @param after {@code null} if it is no longer answered
 */
public record AnswerChange(Question question, Object before, Object after) {
}
