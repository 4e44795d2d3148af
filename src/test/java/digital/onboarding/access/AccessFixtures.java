package digital.onboarding.access;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What other modules would have recorded by the time a supplier asks for access, put
 * straight into the database where their own tests cover how it comes about: an accepted
 * connection agreement, and sections approved by staff.
 */
public final class AccessFixtures {

	private AccessFixtures() {
	}

	/**
	 * Sections of the version approved, by their keys: a shared section's id, or
	 * {@code apiId:sectionId}.
	 */
	public static void approved(JdbcClient jdbc, UUID organisationId, UUID versionId, String... sectionKeys) {
		var owner = owner(jdbc, organisationId);
		for (var key : sectionKeys) {
			jdbc.sql(
					"""
							insert into section_responses (id, organisation_id, product_version_id, section_key, answers, status,
							  updated_at, updated_by)
							values (?, ?, ?, ?, '{}', 'APPROVED', now(), ?)
							on conflict (product_version_id, section_key) do update set status = 'APPROVED'
							""")
				.params(UUID.randomUUID(), organisationId, versionId, key, owner)
				.update();
		}
	}

	/** The end user organisation's legal signatory accepted the acceptable use policy. */
	public static void acceptableUsePolicyAccepted(JdbcClient jdbc, UUID organisationId) {
		jdbc.sql("""
				insert into acceptable_use_policies (id, organisation_id, text_version, text, text_sha256,
				  signatory_name, signatory_role, signatory_email, state, issued_at, link_expires_at, accepted_name,
				  accepted_role, accepted_at)
				values (?, ?, 1, 'The policy', 'hash', 'Sig Natory', 'Director', 'signatory@example.org', 'ACTIVE',
				  now(), now() + interval '30 days', 'Sig Natory', 'Director', now())
				""").params(UUID.randomUUID(), organisationId).update();
	}

	private static UUID owner(JdbcClient jdbc, UUID organisationId) {
		return jdbc.sql("select account_id from memberships where organisation_id = ? and role = 'OWNER'")
			.param(organisationId)
			.query(UUID.class)
			.single();
	}

}
