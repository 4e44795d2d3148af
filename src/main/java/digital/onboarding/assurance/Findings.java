package digital.onboarding.assurance;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
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

	List<Finding> open(UUID productVersionId, String apiId) {
		return this.jdbc.sql("""
				select rule_id, outcome, message, question_ids from findings
				where product_version_id = ? and api_id = ? and resolved_at is null order by raised_at, rule_id
				""")
			.params(productVersionId, apiId)
			.query((rs, row) -> new Finding(rs.getString("rule_id"), RuleOutcome.valueOf(rs.getString("outcome")),
					rs.getString("message"), Arrays.asList(rs.getString("question_ids").split(","))))
			.list();
	}

	/**
	 * Makes the open findings those raised now: new ones are added, ones no longer raised
	 * are resolved, and ones still raised keep when they were first raised.
	 */
	void replace(UUID productVersionId, String apiId, List<Finding> raised, Instant now) {
		var open = open(productVersionId, apiId);
		for (var finding : open) {
			if (!raised.contains(finding)) {
				this.jdbc.sql("""
						update findings set resolved_at = ?
						where product_version_id = ? and api_id = ? and rule_id = ? and resolved_at is null
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

}
