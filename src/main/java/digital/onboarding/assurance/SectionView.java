package digital.onboarding.assurance;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import digital.onboarding.catalogue.programme.Finding;
import digital.onboarding.catalogue.programme.GateDecision;
import digital.onboarding.catalogue.programme.Question;
import digital.onboarding.catalogue.programme.Section;

/**
 * A section as its page shows it: the questions shown given the answers so far, the
 * answers, where it stands and what stops it being submitted.
 *
 * @param version the version of the answers, sent back when saving so that no one's
 * changes are overwritten unseen
 * @param sharedBy the APIs whose applications count this section
 * @param revisions how many times it has been submitted
 * @param incomplete what must be answered or corrected before it can be submitted, by
 * question id
 * @param comments the conversation with its reviewers
 * @param decidedAt when its latest revision was decided; {@code null} if none was
 * @param decisionReason the reason given with that decision; {@code null} if none
 * @param changedQuestions the words of the questions that are new or changed since the
 * application moved to a newer programme version, until the section is submitted again
 */
public record SectionView(String apiId, Section section, List<Question> shownQuestions, Map<String, Object> answers,
		SectionStatus status, String blockedReason, int version, GateDecision submission, List<Finding> openFindings,
		List<String> sharedBy, int revisions, Map<String, String> incomplete, List<CommentThread> comments,
		Instant decidedAt, String decisionReason, List<String> changedQuestions) {
}
