package digital.onboarding.assurance;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far a product version's open application for an API has come, for the service's own
 * use (such as issuing certificates from an event listener); no member check, so it must
 * never answer a request directly.
 */
@Service
public class ApplicationProgress {

	private static final TypeReference<Map<String, Object>> ANSWERS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ApplicationProgress(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * The ids of the sections approved for the version and API, shared ones included;
	 * empty when the version has no open application for the API. For the service's own
	 * use; no member check.
	 */
	@Transactional(readOnly = true)
	public Set<String> approvedSections(UUID productVersionId, String apiId) {
		if (!hasOpenApplication(productVersionId, apiId)) {
			return Set.of();
		}
		// A shared section's key is its id; any other section's key carries its API.
		return this.jdbc.sql("""
				select section_key from section_responses
				where product_version_id = ? and status = 'APPROVED'
				""")
			.param(productVersionId)
			.query(String.class)
			.list()
			.stream()
			.filter(key -> !key.contains(":") || key.startsWith(apiId + ":"))
			.map(key -> key.substring(key.indexOf(':') + 1))
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * The answers of an approved section of the version for the API, as they were
	 * approved; empty if the section is not approved. For the service's own use; no
	 * member check.
	 */
	@Transactional(readOnly = true)
	public Optional<Map<String, Object>> approvedAnswers(UUID productVersionId, String apiId, String sectionId,
			boolean shared) {
		var key = shared ? sectionId : apiId + ":" + sectionId;
		return this.jdbc.sql("""
				select answers from section_responses
				where product_version_id = ? and section_key = ? and status = 'APPROVED'
				""")
			.params(productVersionId, key)
			.query(String.class)
			.optional()
			.map(text -> this.json.readValue(text, ANSWERS));
	}

	/**
	 * Whether the version has an open application for the API. For the service's own use;
	 * no member check.
	 */
	@Transactional(readOnly = true)
	public boolean hasOpenApplication(UUID productVersionId, String apiId) {
		return this.jdbc.sql("""
				select exists (select 1 from applications
				where product_version_id = ? and api_id = ? and closed_at is null)
				""").params(productVersionId, apiId).query(Boolean.class).single();
	}

}
