package digital.onboarding.support;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Connection agreements written straight into the database, for tests of what follows
 * from one (access gates, the radar, authorisation); the agreement's own journey is
 * tested through its pages.
 */
public final class Agreements {

	private Agreements() {
	}

	/**
	 * An agreement for the version and API, issued and waiting for its signatory, whose
	 * link lasts 30 days and is the agreement's id.
	 */
	public static UUID issued(JdbcClient jdbc, UUID organisationId, UUID productId, UUID versionId, String apiId) {
		return insert(jdbc, organisationId, productId, versionId, apiId, false);
	}

	/** An agreement for the version and API that its signatory accepted. */
	public static UUID active(JdbcClient jdbc, UUID organisationId, UUID productId, UUID versionId, String apiId) {
		return insert(jdbc, organisationId, productId, versionId, apiId, true);
	}

	private static UUID insert(JdbcClient jdbc, UUID organisationId, UUID productId, UUID versionId, String apiId,
			boolean accepted) {
		var owner = jdbc.sql("select account_id from memberships where organisation_id = ? and role = 'OWNER'")
			.param(organisationId)
			.query(UUID.class)
			.single();
		var response = UUID.randomUUID();
		var revision = UUID.randomUUID();
		var agreement = UUID.randomUUID();
		jdbc.sql("""
				insert into section_responses (id, organisation_id, product_version_id, section_key, answers, status,
				  updated_at, updated_by)
				values (?, ?, ?, 'connection-agreement', '{}', ?, now(), ?)
				""").params(response, organisationId, versionId, accepted ? "APPROVED" : "SUBMITTED", owner).update();
		jdbc.sql("""
				insert into section_revisions (id, section_response_id, number, answers, programme_versions,
				  submitted_at, submitted_by)
				values (?, ?, 1, '{}', ?, now(), ?)
				""").params(revision, response, apiId + "@1.0", owner).update();
		jdbc.sql("""
				insert into connection_agreements (id, reference, organisation_id, product_id, product_version_id,
				  revision_id, api_ids, text_version, text, text_sha256, signatory_name, signatory_role,
				  signatory_email, state, issued_at, link_hash, link_expires_at, accepted_name, accepted_role,
				  accepted_at)
				select ?, 'CNTR' || lpad((floor(random() * 10000000))::int::text, 7, '0'), ?, ?, ?, ?,
				  array[?], 1, 'The agreement', 'hash', 'Sig Natory', 'Director', 'signatory@example.org',
				  case when accepted then 'ACTIVE' else 'ISSUED' end, now(),
				  case when accepted then null else ? end, now() + interval '30 days',
				  case when accepted then 'Sig Natory' end, case when accepted then 'Director' end,
				  case when accepted then now() end
				from (select ?::boolean as accepted) as given
				""")
			.params(agreement, organisationId, productId, versionId, revision, apiId, agreement.toString(), accepted)
			.update();
		return agreement;
	}

}
