package digital.onboarding.review;

import java.util.List;
import java.util.UUID;

/**
 * A decision was taken on a submitted revision; it counts for every API in
 * {@code apiIds}.
 *
 * @param stageId the stage the section belongs to in the first API's programme
 */
public record RevisionDecided(UUID revisionId, UUID organisationId, UUID productId, UUID productVersionId,
		String sectionId, String stageId, List<String> apiIds, Decision decision, UUID decidedBy) {

	public RevisionDecided {
		apiIds = List.copyOf(apiIds);
	}

}
