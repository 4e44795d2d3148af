package digital.onboarding.certification;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;

import digital.onboarding.catalogue.Catalogue;
import digital.onboarding.platform.ForbiddenException;
import digital.onboarding.review.ReviewManagement;
import digital.onboarding.support.Administrators;
import digital.onboarding.support.People;
import digital.onboarding.support.ServiceTest;
import digital.onboarding.support.Visitor;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwa.AlgorithmConstraints.ConstraintType;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Journey 7: approving a product version's technical stage issues one signed certificate,
 * which anyone can check by its page, PDF, JSON and the published keys; staff suspend,
 * reinstate and revoke it, a newer version's certificate supersedes it, and rotating the
 * signing key leaves it verifiable.
 */
@ServiceTest
class CertificateTests {

	private static final DateTimeFormatter PAGE_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

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
	SigningKeys keys;

	private TechnicalApproval supplier;

	@BeforeEach
	void aSupplierOfTheImagingRegistry() {
		this.supplier = new TechnicalApproval(this.mvc, this.jdbc, this.json, this.reviews, this.catalogue,
				"Beacon Imaging Ltd");
	}

	@Test
	void approvingTheTechnicalStageIssuesExactlyOneCertificateThatAnyoneCanCheck() throws Exception {
		var ids = this.supplier.newProduct("Beacon PACS", "3.2");
		this.supplier.approveUpToTechnical(ids[0], ids[1], "3.2", "provider");
		var id = this.supplier.awaitCertificate(ids[1]);
		assertThat(id).matches("TCC-NIR-" + LocalDate.now(ZoneId.of("Europe/London")).getYear() + "-\\d{6}");
		assertThat(this.certificates.issueIfTechnicalStageApproved(ids[0], ids[1], TechnicalApproval.API))
			.as("issuing again")
			.isEmpty();
		assertThat(this.supplier.certificatesOf(ids[1])).containsExactly(id);

		var certificate = this.certificates.get(id);
		assertThat(certificate.organisationName()).isEqualTo("Beacon Imaging Ltd");
		assertThat(certificate.productName()).isEqualTo("Beacon PACS");
		assertThat(certificate.versionNumber()).isEqualTo("3.2");
		assertThat(certificate.apiName()).isEqualTo("National Imaging Registry");
		assertThat(certificate.connectionType()).isEqualTo("Provider");
		assertThat(certificate.status()).isEqualTo(CertificateStatus.VALID);

		var anyone = new Visitor(this.mvc);
		var page = anyone.page("/certificates/" + id);
		assertThat(page).contains(id)
			.contains("Beacon Imaging Ltd")
			.contains("Beacon PACS")
			.contains("National Imaging Registry")
			.contains("Provider")
			.contains("This certificate is valid")
			.contains("Its patch versions (3.2.x) are covered too")
			.contains("data:image/png;base64,");
		var pdf = anyone.get("/certificates/" + id + ".pdf");
		assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
		assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 4, StandardCharsets.ISO_8859_1))
			.isEqualTo("%PDF");

		var document = this.json.readTree(Visitor.text(anyone.get("/api/v1/certificates/" + id)));
		assertThat(document.get("status").asString()).isEqualTo("VALID");
		assertThat(document.get("connectionType").asString()).isEqualTo("Provider");
		var jwks = Visitor.text(anyone.get("/.well-known/jwks.json"));
		assertThat(jwks).doesNotContain("\"d\"");
		var jws = document.get("jws").asString();
		assertThat(verifiedPayload(jws, jwks)).isEqualTo(document.get("payload").asString())
			.contains("\"certificateId\":\"" + id + "\"")
			.contains("\"organisationLegalName\":\"Beacon Imaging Ltd\"");

		var parts = jws.split("\\.");
		var changed = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("3.2", "9.9");
		var forged = parts[0] + "."
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(changed.getBytes(StandardCharsets.UTF_8)) + "."
				+ parts[2];
		assertThatThrownBy(() -> verifiedPayload(forged, jwks)).as("a changed certificate")
			.hasMessageContaining("does not verify");
		assertThat(this.keys.verifies(forged)).isFalse();
		assertThat(anyone.get("/certificates/TCC-NIR-2026-999999").getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void membersSeeTheirProductsCertificatesAndNoOneElsesThroughTheirPages() {
		var ids = this.supplier.newProduct("Beacon PACS", "3.2");
		this.supplier.approveUpToTechnical(ids[0], ids[1], "3.2", "both");
		var id = this.supplier.awaitCertificate(ids[1]);
		assertThat(this.certificates.get(id).connectionType()).isEqualTo("Provider and consumer");
		var path = "/organisations/" + this.supplier.organisationId + "/products/" + ids[0] + "/certificates";
		assertThat(this.supplier.owner.page(this.supplier.products().replace("/api/v1", "") + "/" + ids[0]
				+ "/versions/" + ids[1] + "/applications"))
			.contains(path);
		assertThat(this.supplier.owner.page(path)).contains(id).contains("/certificates/" + id + ".pdf");

		var stranger = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		assertThat(stranger.get(path).getResponse().getStatus()).isEqualTo(404);
		assertThat(new Visitor(this.mvc).get(path).getResponse().getStatus()).as("signed out").isEqualTo(302);
		assertThat(stranger.get("/review/certificates/" + id).getResponse().getStatus()).isEqualTo(404);
		assertThatThrownBy(() -> this.certificates.revoke(this.supplier.reviewer, id, 0, "Not theirs to revoke"))
			.as("a reviewer is not an approver")
			.isInstanceOf(ForbiddenException.class);
	}

	@Test
	void suspensionAndRevocationShowOnThePublicPageWithReasonAndDate() {
		var ids = this.supplier.newProduct("Beacon PACS", "3.2");
		this.supplier.approveUpToTechnical(ids[0], ids[1], "3.2", "consumer");
		var id = this.supplier.awaitCertificate(ids[1]);
		var approver = People.signedIn(this.mvc, this.supplier.approverEmail);
		assertThat(approver.page("/review/certificates")).contains(id);
		assertThat(approver.page("/review/certificates/" + id)).contains("Suspend it until it is reinstated");

		var refused = Visitor.text(approver.post("/review/certificates/" + id + "/status", "action", "suspend",
				"version", "0", "reason", ""));
		assertThat(refused).contains("There is a problem").contains("Enter the reason");
		var suspended = approver.post("/review/certificates/" + id + "/status", "action", "suspend", "version", "0",
				"reason", "Penetration test findings to fix");
		assertThat(suspended.getResponse().getRedirectedUrl()).isEqualTo("/review/certificates/" + id);
		var today = PAGE_DATE.format(LocalDate.now(ZoneId.of("Europe/London")));
		assertThat(new Visitor(this.mvc).page("/certificates/" + id)).contains("This certificate is not valid")
			.contains("Suspended on " + today)
			.contains("Penetration test findings to fix");

		approver.post("/review/certificates/" + id + "/status", "action", "reinstate", "version", "1", "reason",
				"Findings fixed");
		assertThat(this.certificates.get(id).status()).isEqualTo(CertificateStatus.VALID);
		assertThat(new Visitor(this.mvc).page("/certificates/" + id)).contains("This certificate is valid")
			.contains("Reinstated on " + today)
			.contains("Findings fixed");
		approver.post("/review/certificates/" + id + "/status", "action", "revoke", "version", "2", "reason",
				"The product is withdrawn from sale");
		var page = new Visitor(this.mvc).page("/certificates/" + id);
		assertThat(page).contains("Revoked on " + today).contains("The product is withdrawn from sale");
		var document = this.json.readTree(Visitor.text(new Visitor(this.mvc).get("/api/v1/certificates/" + id)));
		assertThat(document.get("status").asString()).isEqualTo("REVOKED");
		assertThat(document.get("statusReason").asString()).isEqualTo("The product is withdrawn from sale");
		assertThat(this.jdbc.sql("select action from audit_events where object_id = ? order by seq")
			.param(id)
			.query(String.class)
			.list()).containsExactly("certificate.issued", "certificate.suspended", "certificate.reinstated",
					"certificate.revoked");
	}

	@Test
	void aNewerSignificantVersionsCertificateSupersedesTheOlderOne() {
		var ids = this.supplier.newProduct("Beacon PACS", "3.2");
		this.supplier.approveUpToTechnical(ids[0], ids[1], "3.2", "provider");
		var older = this.supplier.awaitCertificate(ids[1]);
		var newerVersion = this.supplier.newVersion(ids[0], "4.0");
		this.supplier.approveUpToTechnical(ids[0], newerVersion, "4.0", "provider");
		var newer = this.supplier.awaitCertificate(newerVersion);
		assertThat(this.certificates.get(older).status()).isEqualTo(CertificateStatus.SUPERSEDED);
		assertThat(this.certificates.get(older).supersededBy()).isEqualTo(newer);
		assertThat(this.certificates.get(newer).status()).isEqualTo(CertificateStatus.VALID);
		assertThat(new Visitor(this.mvc).page("/certificates/" + older)).contains("Superseded")
			.contains("/certificates/" + newer);
	}

	@Test
	void rotatingTheSigningKeyKeepsEarlierCertificatesVerifiable() throws Exception {
		var first = this.supplier.newProduct("Beacon PACS", "3.2");
		this.supplier.approveUpToTechnical(first[0], first[1], "3.2", "provider");
		var before = this.certificates.get(this.supplier.awaitCertificate(first[1]));

		var administratorEmail = People.activeAccount(this.mvc);
		Administrators.appoint(this.jdbc, administratorEmail);
		var administrator = People.signedIn(this.mvc, administratorEmail);
		assertThat(administrator.page("/admin/certificate-keys")).contains(before.kid());
		var rotated = administrator.post("/admin/certificate-keys/rotation");
		assertThat(rotated.getResponse().getRedirectedUrl()).isEqualTo("/admin/certificate-keys");
		var newKey = this.keys.activeKeyId();
		assertThat(newKey).isNotEqualTo(before.kid());

		var second = this.supplier.newProduct("Beacon Viewer", "1.0");
		this.supplier.approveUpToTechnical(second[0], second[1], "1.0", "consumer");
		var after = this.certificates.get(this.supplier.awaitCertificate(second[1]));
		assertThat(after.kid()).isEqualTo(newKey);

		var jwks = Visitor.text(new Visitor(this.mvc).get("/.well-known/jwks.json"));
		assertThat(verifiedPayload(before.jws(), jwks)).isEqualTo(before.payload());
		assertThat(verifiedPayload(after.jws(), jwks)).isEqualTo(after.payload());
		assertThat(administrator.page("/admin/certificate-keys")).contains(before.kid()).contains(newKey);
		assertThatThrownBy(() -> this.keys.rotate(this.supplier.approver, false))
			.isInstanceOf(ForbiddenException.class);
	}

	/** Verifies a compact JWS with the independent jose4j against a JWKS; its payload. */
	static String verifiedPayload(String compact, String jwksJson) throws JoseException {
		var jws = new JsonWebSignature();
		jws.setAlgorithmConstraints(new AlgorithmConstraints(ConstraintType.PERMIT,
				AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256));
		jws.setCompactSerialization(compact);
		var key = new JsonWebKeySet(jwksJson).getJsonWebKeys()
			.stream()
			.filter(candidate -> candidate.getKeyId().equals(jws.getKeyIdHeaderValue()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No published key " + jws.getKeyIdHeaderValue()));
		jws.setKey(key.getKey());
		if (!jws.verifySignature()) {
			throw new AssertionError("The signature does not verify");
		}
		return jws.getPayload();
	}

}
