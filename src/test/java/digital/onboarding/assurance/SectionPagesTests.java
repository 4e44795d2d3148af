package digital.onboarding.assurance;

import java.util.UUID;

import digital.onboarding.catalogue.Catalogue;
import digital.onboarding.support.Organisations;
import digital.onboarding.support.People;
import digital.onboarding.support.ServiceTest;
import digital.onboarding.support.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The task list and section pages, without a browser: every section of the National
 * Imaging Registry programme renders, bad answers are shown beside their questions and
 * change nothing, and an edit made on an outdated page keeps what the person typed.
 */
@ServiceTest
class SectionPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Catalogue catalogue;

	private Visitor owner;

	private String applications;

	@BeforeEach
	void productUsingTheImagingRegistry() {
		this.owner = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		var organisation = Organisations.register(this.owner, "Pages Ltd");
		var created = this.owner.post("/organisations/" + organisation + "/products/new", "name", "Viewer", "version",
				"1.0");
		var apisPage = created.getResponse().getRedirectedUrl();
		this.owner.post(apisPage, "apiIds", "national-imaging-registry");
		this.applications = apisPage.replace("/apis", "/applications");
	}

	@Test
	void theTaskListAndEverySectionOfTheProgrammeRender() {
		var taskList = this.owner.page(this.applications);
		assertThat(taskList).contains("Sections for every API")
			.contains("Check your eligibility – product details")
			.contains("National Imaging Registry")
			.contains("Not started");
		this.catalogue.programme("national-imaging-registry").orElseThrow().sections().forEach(section -> {
			var page = this.owner.get(this.applications + "/national-imaging-registry/sections/" + section.id());
			assertThat(page.getResponse().getStatus()).as(section.id()).isEqualTo(200);
			assertThat(Visitor.text(page)).contains("<h1>" + escaped(section.title()) + "</h1>")
				.contains("name=\"answersVersion\"");
		});
	}

	@Test
	void badAnswersAreShownBesideTheirQuestionsAndChangeNothing() {
		var section = this.applications + "/national-imaging-registry/sections/eligibility-organisation";
		var page = Visitor.text(this.owner.post(section, "answersVersion", "0", "organisation-name", "Pages Ltd",
				"organisation-has-ods-code", "yes", "organisation-ods-code", "not valid!"));
		assertThat(page).contains("There is a problem").contains("href=\"#organisation-ods-code\"");
		assertThat(this.jdbc
			.sql("select count(*) from section_responses where section_key = 'eligibility-organisation'"
					+ " and product_version_id = ?")
			.param(versionId())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void anEditOnAnOutdatedPageKeepsWhatWasTypedAndShowsWhatWasSaved() {
		var section = this.applications + "/national-imaging-registry/sections/eligibility-organisation";
		this.owner.post(section, "answersVersion", "0", "organisation-name", "First Name Ltd");
		var page = Visitor
			.text(this.owner.post(section, "answersVersion", "0", "organisation-name", "Second Name Ltd"));
		assertThat(page).contains("Someone else saved this section")
			.containsPattern(
					"(?s)<td class=\"nhsuk-table__cell\">\\s*First Name Ltd\\s*</td>\\s*<td class=\"nhsuk-table__cell\">\\s*Second Name Ltd")
			.contains("value=\"Second Name Ltd\"");
		var saved = Visitor.text(this.owner.post(section, "answersVersion", "1", "organisation-name", "Second Name Ltd",
				"action", "save"));
		assertThat(this.owner.page(section)).contains("value=\"Second Name Ltd\"");
		assertThat(saved).isEmpty();
	}

	@Test
	void aFileChosenForAFileQuestionIsStoredAsEvidenceAndAttached() throws Exception {
		var section = this.applications + "/national-imaging-registry/sections/eligibility-product";
		var png = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB),
				"png", png);
		var body = new java.io.ByteArrayOutputStream();
		body.writeBytes(("--b\r\nContent-Disposition: form-data; name=\"answersVersion\"\r\n\r\n0\r\n"
				+ "--b\r\nContent-Disposition: form-data; name=\"product-architecture-diagram\"; filename=\"diagram.png\"\r\n"
				+ "Content-Type: image/png\r\n\r\n")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		body.writeBytes(png.toByteArray());
		body.writeBytes(
				("\r\n--b\r\nContent-Disposition: form-data; name=\"product-use-case\"\r\n\r\nViewing\r\n--b--\r\n")
					.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		var saved = this.owner.perform(MockMvcRequestBuilders.post(section)
			.contentType("multipart/form-data; boundary=b")
			.content(body.toByteArray())
			.with(SecurityMockMvcRequestPostProcessors.csrf()));
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(section);
		assertThat(this.owner.page(section)).contains("Attached: <a")
			.contains(">diagram.png</a>")
			.contains("Set when it expires");
		assertThat(this.jdbc.sql("select count(*) from evidence_files where filename = 'diagram.png'")
			.query(Integer.class)
			.single()).isPositive();
	}

	@Test
	void aBodyThePageCouldNotHaveSentIsABadRequestAndChangesNothing() {
		var section = this.applications + "/national-imaging-registry/sections/eligibility-product";
		var broken = this.owner.perform(MockMvcRequestBuilders.post(section)
			.contentType("multipart/form-data; boundary=b")
			.content("--b\r\nContent-Disposition: form-data; name=\"product-use-case\"\r\n\r\ncut short")
			.with(SecurityMockMvcRequestPostProcessors.csrf()));
		assertThat(broken.getResponse().getStatus()).isEqualTo(400);
		assertThat(this.jdbc.sql("select count(*) from section_responses where product_version_id = ?")
			.param(versionId())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aWithdrawalThatCannotBeMadeIsExplainedOnTheSection() {
		var section = this.applications + "/national-imaging-registry/sections/eligibility-product";
		var refused = this.owner.post(section + "/withdraw");
		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo(section);
		assertThat(this.owner.page(section)).contains("There is a problem")
			.contains("Only a submitted section can be withdrawn");
	}

	private static String escaped(String text) {
		return text.replace("&", "&amp;").replace("'", "&#39;").replace("\"", "&quot;");
	}

	private UUID versionId() {
		return UUID.fromString(this.applications.split("/")[6]);
	}

}
