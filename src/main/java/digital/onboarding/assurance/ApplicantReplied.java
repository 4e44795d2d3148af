package digital.onboarding.assurance;

import java.util.UUID;

/**
 * An applicant replied to a reviewer's comment on a section.
 *
 * @param revisionId the section's latest revision, whose reviewer should hear of it
 */
public record ApplicantReplied(UUID organisationId, UUID productVersionId, String sectionId, UUID revisionId,
		UUID commentId) {
}
