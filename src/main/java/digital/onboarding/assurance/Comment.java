package digital.onboarding.assurance;

import java.time.Instant;
import java.util.UUID;

/**
 * One message in the conversation on a section.
 *
 * @param revisionNumber the revision that was the latest when it was written
 * @param fromStaff whether a reviewer or approver wrote it, rather than the applicant
 */
public record Comment(UUID id, UUID threadId, String questionId, int revisionNumber, UUID authorId, String authorName,
		boolean fromStaff, String body, Instant createdAt) {

	/** The longest comment, as for any free text (R-text-limit). */
	public static final int MAX_LENGTH = 2000;

}
