package digital.onboarding.radar;

import digital.onboarding.catalogue.Catalogue;
import digital.onboarding.certification.CertificateManagement;
import digital.onboarding.certification.CertificateStatus;
import digital.onboarding.certification.TechnicalApproval;
import digital.onboarding.review.ReviewManagement;
import digital.onboarding.support.ServiceTest;
import digital.onboarding.support.Visitor;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A certificate is valid for three years from issue: the date is signed and shown, the
 * radar warns before it, and on the day the certificate becomes expired and leaves the
 * register.
 */
@ServiceTest
class CertificateExpiryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	ReviewManagement reviews;

	@Autowired
	Catalogue catalogue;

	@Autowired
	CertificateManagement certificates;

	@Autowired
	ExpiryRadar radar;

	@Test
	void aCertificateExpiresThreeYearsAfterIssueAndThenLeavesTheRegister() {
		var supplier = new TechnicalApproval(this.mvc, this.jdbc, this.json, this.reviews, this.catalogue,
				"Halcyon Imaging Ltd");
		var ids = supplier.newProduct("Halcyon PACS", "5.1");
		supplier.approveUpToTechnical(ids[0], ids[1], "5.1", "provider");
		var id = supplier.awaitCertificate(ids[1]);
		var certificate = this.certificates.get(id);
		var expires = certificate.issuedOn().plusYears(3);
		assertThat(certificate.expiresOn()).isEqualTo(expires);
		assertThat(certificate.payload()).contains("\"expiresOn\":\"" + expires + "\"");
		var anyone = new Visitor(this.mvc);
		assertThat(anyone.page("/certificates/" + id)).contains("Expires");
		assertThat(anyone.page("/register")).contains(id);

		assertThat(this.radar.run(expires.minusDays(90), supplier.organisationId)).isEqualTo(1);
		assertThat(this.radar.run(expires.minusDays(1), supplier.organisationId)).as("the 7 day warning").isEqualTo(1);
		assertThat(this.certificates.get(id).status()).as("still valid the day before")
			.isEqualTo(CertificateStatus.VALID);
		assertThat(this.radar.run(expires, supplier.organisationId)).isEqualTo(1);
		assertThat(this.radar.run(expires, supplier.organisationId)).isZero();

		assertThat(this.certificates.get(id).status()).isEqualTo(CertificateStatus.EXPIRED);
		assertThat(anyone.page("/register")).doesNotContain(id);
		assertThat(anyone.page("/certificates/" + id)).contains("This certificate is not valid").contains("expired");
		assertThat(this.jdbc
			.sql("select count(*) from audit_events where action = 'certificate.expired' and object_id = ?")
			.param(id)
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc
			.sql("select subject from notifications where topic = 'EXPIRY' and subject like ? order by created_at")
			.param("%" + id + "%")
			.query(String.class)
			.list()).as("the owner's notifications")
			.containsExactly(
					"Technical conformance certificate ends in 90 days: Certificate " + id
							+ " for Halcyon PACS 5.1 and National Imaging Registry",
					"Technical conformance certificate ends in 1 day: Certificate " + id
							+ " for Halcyon PACS 5.1 and National Imaging Registry",
					"Technical conformance certificate has lapsed: Certificate " + id
							+ " for Halcyon PACS 5.1 and National Imaging Registry");
	}

}
