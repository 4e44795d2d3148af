package digital.onboarding.evidence;

import digital.onboarding.support.EvidenceUploads;
import digital.onboarding.support.Samples;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import digital.onboarding.support.ApiClient;
import digital.onboarding.support.Members;
import digital.onboarding.support.Organisations;
import digital.onboarding.support.People;
import digital.onboarding.support.ServiceTest;
import digital.onboarding.support.Visitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static digital.onboarding.support.EvidenceUploads.upload;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each evidence endpoint asked by the owner, a viewer, and a member of another
 * organisation: outsiders learn nothing (404), viewers read and download but do not
 * upload (403).
 */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceAuthorisationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private UUID organisation;

	private UUID evidence;

	private Visitor owner;

	private Visitor viewer;

	private Visitor outsider;

	private ApiClient ownerApi;

	private ApiClient viewerApi;

	private ApiClient outsiderApi;

	@BeforeAll
	void world() {
		var ownerEmail = People.activeAccount(this.mvc);
		this.owner = People.signedIn(this.mvc, ownerEmail);
		this.organisation = Organisations.register(this.owner, "Guarded Evidence Ltd");
		var viewerEmail = People.activeAccount(this.mvc);
		Members.join(this.jdbc, this.organisation, viewerEmail, "VIEWER");
		this.viewer = People.signedIn(this.mvc, viewerEmail);
		this.outsider = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		var outsiderOrganisation = Organisations.register(this.outsider, "Nosy Evidence Ltd");

		this.ownerApi = new ApiClient(this.mvc, Organisations.token(this.owner, this.organisation));
		this.viewerApi = new ApiClient(this.mvc, Organisations.token(this.viewer, this.organisation));
		this.outsiderApi = new ApiClient(this.mvc, Organisations.token(this.outsider, outsiderOrganisation));
		this.evidence = UUID.fromString(
				JsonPath.read(Visitor.text(upload(this.ownerApi, this.organisation, "a.pdf", Samples.pdf())), "$.id"));
	}

	@Test
	void uploadIsForOwnersAndAdmins() {
		assertThat(upload(this.outsiderApi, this.organisation, "a.pdf", Samples.pdf()).getResponse().getStatus())
			.isEqualTo(404);
		var viewer = upload(this.viewerApi, this.organisation, "a.pdf", Samples.pdf());
		assertThat(viewer.getResponse().getStatus()).isEqualTo(403);
		assertThat(viewer.getResponse().getContentType()).isEqualTo("application/problem+json");
		assertThat(upload(this.ownerApi, this.organisation, "a.pdf", Samples.pdf()).getResponse().getStatus())
			.isEqualTo(201);
		assertThat(upload(new ApiClient(this.mvc, null), this.organisation, "a.pdf", Samples.pdf()).getResponse()
			.getStatus()).as("no token").isEqualTo(401);
	}

	/**
	 * The request is refused before its body is read: a body that could not be read to
	 * the end (cut short in the file) gets the same answers as a complete one.
	 */
	@Test
	void uploadIsRefusedBeforeTheBodyIsRead() {
		var cutShort = new EvidenceUploads.Body().file("file", "a.pdf", Samples.pdf()).cutShort();
		assertThat(EvidenceUploads.send(this.outsiderApi, this.organisation, cutShort).getResponse().getStatus())
			.isEqualTo(404);
		assertThat(EvidenceUploads.send(this.viewerApi, this.organisation, cutShort).getResponse().getStatus())
			.isEqualTo(403);
		assertThat(EvidenceUploads.send(this.ownerApi, this.organisation, cutShort).getResponse().getStatus())
			.as("the owner's is read, and found cut short")
			.isEqualTo(400);
	}

	@Test
	void theRecordAndTheContentAreForMembers() {
		for (var path : new String[] { base() + "/" + this.evidence, base() + "/" + this.evidence + "/content" }) {
			assertThat(this.outsiderApi.get(path).getResponse().getStatus()).as("outsider " + path).isEqualTo(404);
			assertThat(this.viewerApi.get(path).getResponse().getStatus()).as("viewer " + path).isEqualTo(200);
			assertThat(this.ownerApi.get(path).getResponse().getStatus()).as("owner " + path).isEqualTo(200);
		}
	}

	@Test
	void evidenceOfAnotherOrganisationDoesNotExistUnderThisOne() {
		var otherEvidence = base() + "/" + this.evidence;
		var outsiderOrganisation = Organisations.register(this.outsider, "Second Nosy Ltd");
		var wrongPlace = "/api/v1/organisations/" + outsiderOrganisation + "/evidence/" + this.evidence;
		var outsiderToken = new ApiClient(this.mvc, Organisations.token(this.outsider, outsiderOrganisation));
		assertThat(outsiderToken.get(wrongPlace).getResponse().getStatus()).isEqualTo(404);
		assertThat(outsiderToken.get(wrongPlace + "/content").getResponse().getStatus()).isEqualTo(404);
		assertThat(outsiderToken.get(otherEvidence).getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void thePageDownloadIsForMembersToo() {
		var path = "/organisations/" + this.organisation + "/evidence/" + this.evidence;
		assertThat(this.outsider.get(path).getResponse().getStatus()).isEqualTo(404);
		var download = this.viewer.get(path).getResponse();
		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getContentAsByteArray()).isEqualTo(Samples.pdf());
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment; filename=\"a.pdf\"");
		assertThat(download.getHeaders("Content-Security-Policy")).containsExactly("default-src 'none'; sandbox");
		assertThat(download.getHeaders("X-Content-Type-Options")).containsExactly("nosniff");
		assertThat(new Visitor(this.mvc).get(path).getResponse().getRedirectedUrl()).as("anonymous")
			.endsWith("/sign-in");
	}

	private String base() {
		return EvidenceUploads.path(this.organisation);
	}

}
