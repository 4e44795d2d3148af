package digital.onboarding.audit;

import java.util.UUID;

/**
 * Which events to read: those of one organisation, those whose action starts with some
 * text, both, or every event.
 *
 * @param organisationId only events of this organisation; null for every organisation
 * @param actionPrefix only events whose action starts with this, such as
 * {@code organisation.} or {@code product.apis}; null or blank for every action
 */
public record AuditFilter(UUID organisationId, String actionPrefix) {

	public AuditFilter {
		actionPrefix = (actionPrefix == null || actionPrefix.isBlank()) ? null : actionPrefix.strip();
	}

	/** Every event in the trail. */
	public static AuditFilter everything() {
		return new AuditFilter(null, null);
	}

	/** This filter, limited to one organisation's events; null for every organisation. */
	public AuditFilter inOrganisation(UUID organisationId) {
		return new AuditFilter(organisationId, this.actionPrefix);
	}

	/**
	 * This filter, limited to actions that start with the text; blank for every action.
	 */
	public AuditFilter actionStartingWith(String actionPrefix) {
		return new AuditFilter(this.organisationId, actionPrefix);
	}

}
