package digital.onboarding.radar;

import java.time.LocalDate;
import java.util.List;

import digital.onboarding.certification.Certificate;
import digital.onboarding.certification.CertificateManagement;
import digital.onboarding.organisation.ContactKind;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Technical conformance certificates, valid for a set period from issue. When one
 * expires, its status becomes expired and it leaves the public register.
 */
@Component
@Order(2)
class CertificateSource implements ExpirySource {

	static final ExpiryKind KIND = new ExpiryKind("certificate", "Technical conformance certificate");

	private final CertificateManagement certificates;

	CertificateSource(CertificateManagement certificates) {
		this.certificates = certificates;
	}

	@Override
	public ExpiryKind kind() {
		return KIND;
	}

	@Override
	public List<Expiry> all() {
		return this.certificates.withExpiryForService().stream().map(CertificateSource::expiry).toList();
	}

	@Override
	public void lapsed(Expiry expiry, LocalDate day) {
		this.certificates.expire(expiry.key().substring("certificate:".length()), day);
	}

	private static Expiry expiry(Certificate certificate) {
		return new Expiry("certificate:" + certificate.id(), certificate.organisationId(),
				certificate.organisationName(), KIND,
				"Certificate " + certificate.id() + " for " + certificate.productName() + " "
						+ certificate.versionNumber() + " and " + certificate.apiName(),
				certificate.expiresOn(),
				"/organisations/" + certificate.organisationId() + "/products/" + certificate.productId()
						+ "/certificates",
				"The certificate becomes expired and leaves the public register until the version is certified again.",
				ContactKind.TECHNICAL);
	}

}
