package digital.onboarding.web;

import java.util.List;
import java.util.TreeSet;

import com.jayway.jsonpath.JsonPath;

import digital.onboarding.support.ServiceTest;
import digital.onboarding.support.Visitor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the OpenAPI description complete: every endpoint of the JSON API is in it, so a
 * program can be written against the documentation alone.
 */
@ServiceTest
class ApiDocumentationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyJsonEndpointIsDescribedInTheOpenApiDocument() {
		var paths = new TreeSet<String>();
		this.mappings.getHandlerMethods()
			.keySet()
			.forEach(info -> info.getPatternValues()
				.stream()
				.filter(pattern -> pattern.startsWith("/api/v1/"))
				.forEach(paths::add));
		assertThat(paths).as("the JSON API's endpoints")
			.contains("/api/v1/organisations/{organisationId}/members",
					"/api/v1/organisations/{organisationId}/invitations",
					"/api/v1/organisations/{organisationId}/products",
					"/api/v1/organisations/{organisationId}/commissions");

		var document = Visitor.text(new Visitor(this.mvc).get("/v3/api-docs"));
		assertThat(paths).allSatisfy(path -> assertThat(document).contains("\"" + path + "\""));
		assertThat(Visitor.text(new Visitor(this.mvc).get("/swagger-ui/index.html"))).contains("swagger-ui");
	}

	@Test
	void everyPostSaysItTakesAnIdempotencyKey() {
		List<List<String>> headersOfEachPost = JsonPath.parse(Visitor.text(new Visitor(this.mvc).get("/v3/api-docs")))
			.read("$.paths.*.post", List.class)
			.stream()
			.map(post -> JsonPath.<List<String>>read(post, "$.parameters[?(@.in == 'header')].name"))
			.toList();
		assertThat(headersOfEachPost).isNotEmpty()
			.allSatisfy(headers -> assertThat(headers).contains("Idempotency-Key"));
	}

}
