package digital.onboarding.radar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import digital.onboarding.agreement.AgreementManagement;
import digital.onboarding.agreement.ConnectionAgreement;
import digital.onboarding.organisation.OrganisationManagement;

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

	private final OrganisationManagement organisations;

	AgreementLinkSource(AgreementManagement agreements, OrganisationManagement organisations) {
		this.agreements = agreements;
		this.organisations = organisations;
	}

	@Override
	public ExpiryKind kind() {
		return KIND;
	}

	@Override
	public List<Expiry> all() {
		var names = new HashMap<UUID, String>();
		return this.agreements.awaitingAcceptanceForService()
			.stream()
			.map(agreement -> expiry(agreement,
					names.computeIfAbsent(agreement.organisationId(),
							id -> this.organisations.getForService(id).legalName())))
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
				LocalDate.ofInstant(agreement.linkExpiresAt(), ExpiryRadar.ENGLAND),
				"/organisations/" + agreement.organisationId() + "/products/" + agreement.productId() + "/agreements",
				"The signatory can no longer accept the agreement: send them a new link from the product's connection agreements.",
				null);
	}

}
