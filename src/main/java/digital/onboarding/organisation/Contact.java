package digital.onboarding.organisation;

import java.util.UUID;

/**
 * A named contact of an organisation. Profession and registration (for example "Nurse",
 * "NMC 12A3456E") are asked of clinical safety officers only.
 *
 * @param jobTitle the person's role in their organisation
 */
public record Contact(UUID id, UUID organisationId, ContactKind kind, String name, String jobTitle, String email,
		String profession, String registration, int version) {
}
