package digital.onboarding.review;

import java.util.List;
import java.util.UUID;

/**
 * A decision was taken on a submitted revision; it counts for every API in
 * {@code apiIds}.
 *
 * @param stageId the stage the section belongs to in the first API's programme
 * @param decidedBy the member of staff who decided; {@code null} when the service decided
 * itself, as when a legal signatory's acceptance approves the connection agreement
 * section ({@link AgreementApprovals})
 */
public record RevisionDecided(UUID revisionId, UUID organisationId, UUID productId, UUID productVersionId,
		String sectionId, String stageId, List<String> apiIds, Decision decision, UUID decidedBy) {

	public RevisionDecided {
		apiIds = List.copyOf(apiIds);
	}

}
