package digital.onboarding.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The review of one submitted revision: what it is about (copied in at submission, so the
 * queue is one query), where it stands, and the recommendation and decision taken.
 *
 * @param dueOn the last working day within the programme's turnaround target
 * @param version for optimistic locking: two staff acting on the same review at once
 * cannot both succeed
 */
public record Review(UUID revisionId, UUID sectionResponseId, UUID organisationId, UUID productId,
		UUID productVersionId, String sectionId, String sectionTitle, String stageId, List<String> apiIds,
		int revisionNumber, String organisationName, String odsCode, String productName, String versionNumber,
		boolean hasFindings, boolean fourEyes, boolean deferrable, int turnaroundWorkingDays, Instant submittedAt,
		LocalDate dueOn, ReviewState state, UUID assigneeId, Decision recommendation, UUID recommendedBy,
		Instant recommendedAt, String recommendationReason, Decision outcome, UUID decidedBy, Instant decidedAt,
		String reason, int version) {

	public Review {
		apiIds = List.copyOf(apiIds);
	}

	/** The applicant's page for the section. */
	public String applicantPath() {
		return "/organisations/" + this.organisationId + "/products/" + this.productId + "/versions/"
				+ this.productVersionId + "/applications/" + this.apiIds.get(0) + "/sections/" + this.sectionId;
	}

	/** The staff page for the revision. */
	public String reviewPath() {
		return "/review/revisions/" + this.revisionId;
	}

}
