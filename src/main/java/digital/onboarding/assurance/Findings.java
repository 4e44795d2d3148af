package digital.onboarding.assurance;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import digital.onboarding.catalogue.programme.Finding;
import digital.onboarding.catalogue.programme.RuleOutcome;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the rules raised on an application, kept until the answers no longer raise it.
 */
@Repository
class Findings {

	private final JdbcClient jdbc;

	Findings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The findings that count: raised, not resolved and not overridden. */
	List<Finding> open(UUID productVersionId, String apiId) {
		return recorded(productVersionId, List.of(apiId)).stream()
			.filter(finding -> !finding.isOverridden())
			.map(RecordedFinding::finding)
			.toList();
	}

	/** The findings still raised on the APIs' answers, overridden ones included. */
	List<RecordedFinding> recorded(UUID productVersionId, Collection<String> apiIds) {
		return this.jdbc.sql("""
				select * from findings
				where product_version_id = ? and api_id = any (?) and resolved_at is null order by raised_at, rule_id
				""")
			.params(productVersionId, apiIds.toArray(String[]::new))
			.query((rs, row) -> new RecordedFinding(rs.getObject("id", UUID.class), rs.getString("api_id"),
					new Finding(rs.getString("rule_id"), RuleOutcome.valueOf(rs.getString("outcome")),
							rs.getString("message"), Arrays.asList(rs.getString("question_ids").split(","))),
					instant(rs.getTimestamp("overridden_at")), rs.getString("override_reason")))
			.list();
	}

	/**
	 * Marks a finding as overridden, so it no longer holds anything back.
	 * @return whether it was still open
	 */
	boolean override(UUID findingId, UUID productVersionId, UUID by, String reason, Instant now) {
		return this.jdbc.sql("""
				update findings set overridden_at = ?, overridden_by = ?, override_reason = ?
				where id = ? and product_version_id = ? and resolved_at is null and overridden_at is null
				""").params(Timestamp.from(now), by, reason, findingId, productVersionId).update() == 1;
	}

	/**
	 * Makes the recorded findings those raised now: new ones are added, ones no longer
	 * raised are resolved, and ones still raised keep when they were first raised.
	 */
	void replace(UUID productVersionId, String apiId, List<Finding> raised, Instant now) {
		// An overridden finding that is still raised stays overridden rather than coming
		// back.
		// Findings the service raised itself are not the rules' to resolve.
		var open = this.jdbc.sql("""
				select * from findings
				where product_version_id = ? and api_id = ? and resolved_at is null and not raised_by_service
				""")
			.params(productVersionId, apiId)
			.query((rs, row) -> new Finding(rs.getString("rule_id"), RuleOutcome.valueOf(rs.getString("outcome")),
					rs.getString("message"), Arrays.asList(rs.getString("question_ids").split(","))))
			.list();
		for (var finding : open) {
			if (!raised.contains(finding)) {
				this.jdbc.sql("""
						update findings set resolved_at = ?
						where product_version_id = ? and api_id = ? and rule_id = ? and resolved_at is null
						  and not raised_by_service
						""").params(Timestamp.from(now), productVersionId, apiId, finding.ruleId()).update();
			}
		}
		for (var finding : raised) {
			if (!open.contains(finding)) {
				this.jdbc
					.sql("""
							insert into findings (id, product_version_id, api_id, rule_id, outcome, message, question_ids, raised_at)
							values (?, ?, ?, ?, ?, ?, ?, ?)
							""")
					.params(UUID.randomUUID(), productVersionId, apiId, finding.ruleId(), finding.outcome().name(),
							finding.message(), String.join(",", finding.questionIds()), Timestamp.from(now))
					.update();
			}
		}
	}

	/**
	 * Raises a finding of the service's own on every open application of the organisation
	 * that does not have it open already.
	 * @return how many applications it was raised on
	 */
	int raiseByService(UUID organisationId, Finding finding, Instant now) {
		return this.jdbc
			.sql("""
					insert into findings (id, product_version_id, api_id, rule_id, outcome, message, question_ids, raised_at,
					  raised_by_service)
					select gen_random_uuid(), a.product_version_id, a.api_id, :rule, :outcome, :message, :questions, :now, true
					from applications a
					where a.organisation_id = :organisation and a.closed_at is null
					  and not exists (select 1 from findings f
					    where f.product_version_id = a.product_version_id and f.api_id = a.api_id and f.rule_id = :rule
					      and f.raised_by_service and f.resolved_at is null)
					""")
			.param("rule", finding.ruleId())
			.param("outcome", finding.outcome().name())
			.param("message", finding.message())
			.param("questions", String.join(",", finding.questionIds()))
			.param("now", Timestamp.from(now))
			.param("organisation", organisationId)
			.update();
	}

	/**
	 * Resolves the service's own findings of a rule on the organisation's applications.
	 * @return how many were open
	 */
	int resolveByService(UUID organisationId, String ruleId, Instant now) {
		return this.jdbc.sql("""
				update findings f set resolved_at = :now
				from applications a
				where a.product_version_id = f.product_version_id and a.api_id = f.api_id
				  and a.organisation_id = :organisation and f.rule_id = :rule and f.raised_by_service
				  and f.resolved_at is null
				""")
			.param("now", Timestamp.from(now))
			.param("organisation", organisationId)
			.param("rule", ruleId)
			.update();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
