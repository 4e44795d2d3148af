package digital.onboarding.review;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import digital.onboarding.assurance.CommentThread;
import digital.onboarding.assurance.SubmittedRevision;
import digital.onboarding.evidence.Evidence;

/**
 * Everything a reviewer sees on a revision's page.
 *
 * @param earlier the section's earlier reviews, the latest first, each with its decision
 * @param comparedWith the revision number the changes are from; 0 for the first revision
 * @param changes the answers that changed since that revision, question by question
 * @param evidence the files the answers name, by evidence id
 * @param names the people named on the page, by account id
 * @param recommendRefusal why the person cannot recommend now; {@code null} if they can
 * @param decideRefusal why the person cannot decide now; {@code null} if they can
 */
public record RevisionReview(Review review, Turnaround turnaround, SubmittedRevision revision, List<Review> earlier,
		int comparedWith, List<AnswerChange> changes, List<CommentThread> threads, Map<String, Evidence> evidence,
		Map<UUID, String> names, String recommendRefusal, String decideRefusal) {

	public String nameOf(UUID accountId) {
		// Only a decision the service takes itself (an accepted connection agreement) has
		// no person behind it.
		return accountId == null ? "the service" : this.names.getOrDefault(accountId, "Someone");
	}

}
