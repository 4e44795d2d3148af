package digital.onboarding.catalogue;

import digital.onboarding.support.ServiceTest;
import digital.onboarding.support.Visitor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue's pages and JSON, which anyone may read without signing in.
 */
@ServiceTest
class CataloguePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalogue catalogue;

	@Test
	void anyoneSeesEveryApiAlphabeticallyWithItsStatusSummaryAndConnectionTypes() {
		var page = new Visitor(this.mvc).get("/apis");
		assertThat(page.getResponse().getStatus()).isEqualTo(200);
		var text = Visitor.text(page);
		assertThat(text).containsSubsequence("<h1>API catalogue</h1>", "href=\"/apis/national-imaging-registry\"",
				"National Imaging Registry", "nhsuk-tag--blue", "Beta", "Provider and consumer",
				"href=\"/apis/national-record-locator\"", "National Record Locator v3.0", "Live",
				"href=\"/apis/nhs-login\"", "NHS login", "Consumer", "href=\"/apis/summary-care-record\"",
				"Summary Care Record (SCAL route)");
		assertThat(text).contains(new Catalogue().get("nhs-login").summary())
			.contains("href=\"/apis\">API catalogue</a>");
	}

	@Test
	void eachApiHasItsOwnPage() {
		var text = new Visitor(this.mvc).page("/apis/national-record-locator");
		assertThat(text).contains("<h1>National Record Locator v3.0</h1>")
			.contains("nhsuk-tag--green")
			.contains("Provider and consumer")
			.contains("About this API")
			.doesNotContain("accepts no new applications");
	}

	@Test
	void everyProgrammeAndEachOfItsSectionsCanBePreviewedWithoutAnAccount() {
		var visitor = new Visitor(this.mvc);
		for (var api : this.catalogue.all()) {
			var programme = this.catalogue.programme(api.id());
			if (programme.isEmpty()) {
				continue;
			}
			var overview = visitor.page("/apis/" + api.id() + "/programme");
			programme.get().sections().forEach(section -> {
				assertThat(overview).as(api.id()).contains(HtmlUtils.htmlEscape(section.title(), "UTF-8"));
				var page = visitor.get("/apis/" + api.id() + "/programme/" + section.id());
				assertThat(page.getResponse().getStatus()).as(api.id() + " " + section.id()).isEqualTo(200);
				var text = Visitor.text(page);
				assertThat(text).contains("<fieldset class=\"nhsuk-fieldset\" disabled>");
				section.questions()
					.forEach(question -> assertThat(text).as(question.id())
						.contains(HtmlUtils.htmlEscape(question.label(), "UTF-8")));
			});
		}
		assertThat(visitor.page("/apis/national-imaging-registry")).contains("Preview the onboarding programme");
		assertThat(visitor.get("/apis/national-imaging-registry/programme/no-such-section").getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void anUnknownApiIsNotFound() {
		assertThat(new Visitor(this.mvc).get("/apis/no-such-api").getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void theCatalogueIsJsonToo() {
		var visitor = new Visitor(this.mvc);
		var list = visitor.perform(MockMvcRequestBuilders.get("/api/v1/apis").accept(MediaType.APPLICATION_JSON));
		assertThat(list.getResponse().getStatus()).isEqualTo(200);
		assertThat(Visitor.text(list)).startsWith("[{\"id\":\"national-imaging-registry\"")
			.containsSubsequence("\"national-record-locator\"", "\"nhs-login\"", "\"summary-care-record\"");

		var one = visitor.perform(MockMvcRequestBuilders.get("/api/v1/apis/national-imaging-registry"));
		assertThat(one.getResponse().getStatus()).isEqualTo(200);
		assertThat(Visitor.text(one)).contains("\"name\":\"National Imaging Registry\"")
			.contains("\"status\":\"beta\"")
			.contains("\"acceptsNewApplications\":true")
			.contains("\"connectionTypes\":[\"provider\",\"consumer\"]");

		var unknown = visitor.perform(MockMvcRequestBuilders.get("/api/v1/apis/no-such-api"));
		assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void anyoneReadsAnApisProgrammeAsJson() {
		var visitor = new Visitor(this.mvc);
		var nir = visitor.perform(MockMvcRequestBuilders.get("/api/v1/programmes/national-imaging-registry"));
		assertThat(nir.getResponse().getStatus()).isEqualTo(200);
		assertThat(Visitor.text(nir)).startsWith("{\"apiId\":\"national-imaging-registry\",\"version\":\"1.0\"")
			.contains("\"published\":\"2026-11-23\"")
			.containsSubsequence("\"id\":\"eligibility-product\"", "\"shared\":true", "\"id\":\"connection-type\"",
					"\"type\":\"single-choice\"", "{\"value\":\"provider\",\"label\":\"Provider\"",
					"\"id\":\"co-uat-01\"", "\"reference\":\"UAT-01\"",
					"\"showWhen\":{\"question\":\"connection-type\",\"in\":[\"consumer\",\"both\"]}")
			.contains("{\"id\":\"R-dspt-status\",\"outcome\":\"hard-stop\"");

		var draft = visitor.perform(MockMvcRequestBuilders.get("/api/v1/programmes/nhs-login"));
		assertThat(Visitor.text(draft)).contains("\"published\":null").contains("\"id\":\"connection-agreement\"");

		var unknown = visitor.perform(MockMvcRequestBuilders.get("/api/v1/programmes/no-such-api"));
		assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void theJsonApiIsDocumented() {
		var docs = Visitor.text(new Visitor(this.mvc).get("/v3/api-docs"));
		assertThat(docs).contains("\"/api/v1/apis\"")
			.contains("\"/api/v1/apis/{id}\"")
			.contains("API catalogue")
			.contains("\"/api/v1/programmes/{apiId}\"");
	}

}
