package digital.onboarding.agreement;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A published version of the agreement's wording: clauses that bind every connection, and
 * terms for each API. Never changed once published.
 *
 * @param apiTerms the terms by API id; an API without terms has only the core clauses
 * @param publishedBy the administrator, or {@code null} for the version the service ships
 * with
 */
public record AgreementText(int version, String coreClauses, Map<String, String> apiTerms, Instant publishedAt,
		UUID publishedBy) {

	public AgreementText {
		apiTerms = Map.copyOf(apiTerms);
	}

	/** The terms for one API, or an empty text if it has none. */
	public String termsFor(String apiId) {
		return this.apiTerms.getOrDefault(apiId, "");
	}

}
