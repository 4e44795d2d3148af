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

	/** A connection agreement for the version and API that its signatory accepted. */
	public static void activeAgreement(JdbcClient jdbc, UUID organisationId, UUID productId, UUID versionId,
			String apiId) {
		var owner = owner(jdbc, organisationId);
		var response = UUID.randomUUID();
		var revision = UUID.randomUUID();
		jdbc.sql("""
				insert into section_responses (id, organisation_id, product_version_id, section_key, answers, status,
				  updated_at, updated_by)
				values (?, ?, ?, 'connection-agreement', '{}', 'APPROVED', now(), ?)
				""").params(response, organisationId, versionId, owner).update();
		jdbc.sql("""
				insert into section_revisions (id, section_response_id, number, answers, programme_versions,
				  submitted_at, submitted_by)
				values (?, ?, 1, '{}', ?, now(), ?)
				""").params(revision, response, apiId + "@1.0", owner).update();
		jdbc.sql("""
				insert into connection_agreements (id, reference, organisation_id, product_id, product_version_id,
				  revision_id, api_ids, text_version, text, text_sha256, signatory_name, signatory_role,
				  signatory_email, state, issued_at, accepted_name, accepted_role, accepted_at)
				values (?, 'CNTR' || lpad((floor(random() * 10000000))::int::text, 7, '0'), ?, ?, ?, ?,
				  array[?], 1, 'The agreement', 'hash', 'Sig Natory', 'Director',
				  'signatory@example.org', 'ACTIVE', now(), 'Sig Natory', 'Director', now())
				""").params(UUID.randomUUID(), organisationId, productId, versionId, revision, apiId).update();
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
