package digital.onboarding.organisation;

import java.util.UUID;

/**
 * An organisation as one of its members sees it in their list.
 */
public record MyOrganisation(UUID id, String legalName, String odsCode, OrganisationKind kind, MemberRole role) {
}
