package digital.onboarding.audit;

import java.util.UUID;

/**
 * What a module tells the audit trail about a change it is making.
 *
 * @param action what happened, as {@code object.past-tense-verb}, e.g.
 * {@code account.activated}
 * @param objectType the kind of object changed
 * @param objectId the id of the object changed, if it has one
 * @param actorId the account that did it; empty for the system or an anonymous caller
 * @param organisationId the organisation the object belongs to, if any
 * @param summary what changed, in words a person reading the trail understands
 */
public record AuditEntry(String action, String objectType, String objectId, UUID actorId, UUID organisationId,
		String summary) {

	public static AuditEntry of(String action, String objectType, Object objectId) {
		return new AuditEntry(action, objectType, objectId == null ? null : objectId.toString(), null, null, "");
	}

	public AuditEntry by(UUID actorId) {
		return new AuditEntry(this.action, this.objectType, this.objectId, actorId, this.organisationId, this.summary);
	}

	public AuditEntry inOrganisation(UUID organisationId) {
		return new AuditEntry(this.action, this.objectType, this.objectId, this.actorId, organisationId, this.summary);
	}

	public AuditEntry summary(String summary) {
		return new AuditEntry(this.action, this.objectType, this.objectId, this.actorId, this.organisationId, summary);
	}

}
