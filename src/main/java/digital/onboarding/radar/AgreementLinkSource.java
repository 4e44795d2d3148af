package digital.onboarding.radar;

import java.util.List;

import digital.onboarding.agreement.AgreementManagement;
import digital.onboarding.agreement.ConnectionAgreement;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The links connection agreements' signatories accept them with, which expire (30 days by
 * default). The organisation is warned a week before and on the day, so it can send a new
 * link; nothing else changes.
 */
@Component
@Order(4)
class AgreementLinkSource implements ExpirySource {

	static final ExpiryKind KIND = new ExpiryKind("agreement-link", "Connection agreement signatory link");

	private final AgreementManagement agreements;

	private final OrganisationNames names;

	AgreementLinkSource(AgreementManagement agreements, OrganisationNames names) {
		this.agreements = agreements;
		this.names = names;
	}

	@Override
	public ExpiryKind kind() {
		return KIND;
	}

	@Override
	public List<Expiry> all() {
		var names = this.names.forOneListing();
		return this.agreements.awaitingAcceptanceForService()
			.stream()
			.map(agreement -> expiry(agreement, names.apply(agreement.organisationId())))
			.toList();
	}

	/** Warnings three months ahead would come the day the link is sent. */
	@Override
	public boolean warnsAt(Urgency urgency) {
		return urgency == Urgency.WITHIN_7_DAYS || urgency == Urgency.LAPSED;
	}

	private static Expiry expiry(ConnectionAgreement agreement, String organisationName) {
		return new Expiry("agreement-link:" + agreement.id(), agreement.organisationId(), organisationName, KIND,
				"Link for " + agreement.signatoryName() + " to accept connection agreement " + agreement.reference(),
				Expiry.firstDayFrom(agreement.linkExpiresAt()),
				"/organisations/" + agreement.organisationId() + "/products/" + agreement.productId() + "/agreements",
				"The signatory can no longer accept the agreement: send them a new link from the product's connection agreements.",
				null);
	}

}
