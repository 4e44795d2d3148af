package digital.onboarding.catalogue.programme;

/**
 * Something wrong with, or missing from, the answer to one question.
 *
 * @param questionId the question
 * @param message what the applicant reads beside it
 */
public record AnswerProblem(String questionId, String message) {

}
