package digital.onboarding.radar;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import digital.onboarding.access.ClientCertificate;
import digital.onboarding.access.ClientCertificates;
import digital.onboarding.organisation.ContactKind;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The certificates suppliers give for mTLS and message signing in an environment, with
 * the root and intermediate they chain to. One that expires is marked unusable, so it is
 * not trusted past its end; the supplier uploads a new chain.
 */
@Component
@Order(6)
class ClientCertificateSource implements ExpirySource {

	static final ExpiryKind KIND = new ExpiryKind("client-certificate", "Client certificate");

	/** Every usable certificate ends before this. */
	private static final LocalDate ANY_END_DATE = LocalDate.of(9999, 12, 31);

	private final ClientCertificates certificates;

	private final OrganisationNames names;

	ClientCertificateSource(ClientCertificates certificates, OrganisationNames names) {
		this.certificates = certificates;
		this.names = names;
	}

	@Override
	public ExpiryKind kind() {
		return KIND;
	}

	@Override
	public List<Expiry> all() {
		var names = this.names.forOneListing();
		return this.certificates.expiringOnOrBefore(ANY_END_DATE)
			.stream()
			.map(certificate -> expiry(certificate, names.apply(certificate.organisationId())))
			.toList();
	}

	@Override
	public void lapsed(Expiry expiry, LocalDate day) {
		this.certificates.markUnusable(UUID.fromString(expiry.key().substring("client-certificate:".length())),
				"It expired");
	}

	private static Expiry expiry(ClientCertificate certificate, String organisationName) {
		return new Expiry("client-certificate:" + certificate.id(), certificate.organisationId(), organisationName,
				KIND,
				certificate.purpose().label() + " " + certificate.subject() + " (serial " + certificate.serial() + ")",
				Expiry.firstDayFrom(certificate.notAfter()),
				"/organisations/" + certificate.organisationId() + "/products/" + certificate.productId()
						+ "/environments/" + certificate.accessId(),
				"The certificate is marked unusable: connections presenting it or chaining to it are refused until a "
						+ "new chain is uploaded.",
				ContactKind.TECHNICAL);
	}

}
