package digital.onboarding.radar;

import java.util.HashMap;
import java.util.UUID;
import java.util.function.Function;

import digital.onboarding.organisation.OrganisationManagement;

import org.springframework.stereotype.Component;

/**
 * Organisations' legal names for the things a source lists: staff look after many
 * organisations, so every thing on the radar names its own.
 */
@Component
class OrganisationNames {

	private final OrganisationManagement organisations;

	OrganisationNames(OrganisationManagement organisations) {
		this.organisations = organisations;
	}

	/** A lookup for one listing, which reads each organisation once. */
	Function<UUID, String> forOneListing() {
		var names = new HashMap<UUID, String>();
		return id -> names.computeIfAbsent(id, key -> this.organisations.getForService(key).legalName());
	}

}
