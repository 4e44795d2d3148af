package digital.onboarding.radar;

import java.util.List;

import digital.onboarding.evidence.Evidence;
import digital.onboarding.evidence.EvidenceFiles;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Evidence files given an expiry date, such as penetration tests and safety cases.
 * Nothing changes by itself when one expires: reviewers will ask for a current copy.
 */
@Component
@Order(3)
class EvidenceSource implements ExpirySource {

	static final ExpiryKind KIND = new ExpiryKind("evidence", "Evidence file");

	private final EvidenceFiles files;

	private final OrganisationNames names;

	EvidenceSource(EvidenceFiles files, OrganisationNames names) {
		this.files = files;
		this.names = names;
	}

	@Override
	public ExpiryKind kind() {
		return KIND;
	}

	@Override
	public List<Expiry> all() {
		var names = this.names.forOneListing();
		return this.files.expiringForService()
			.stream()
			.map(evidence -> expiry(evidence, names.apply(evidence.organisationId())))
			.toList();
	}

	private static Expiry expiry(Evidence evidence, String organisationName) {
		return new Expiry("evidence:" + evidence.id(), evidence.organisationId(), organisationName, KIND,
				evidence.filename(), evidence.expiresOn(), "/organisations/" + evidence.organisationId() + "/evidence",
				"Reviewers will no longer rely on it: upload a current copy and give its expiry date.", null);
	}

}
