package digital.onboarding.web;

import jakarta.servlet.RequestDispatcher;

import digital.onboarding.support.ServiceTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The pages the servlet container shows for errors, rendered as it renders them: by
 * forwarding to {@code /error} with the error's details.
 */
@ServiceTest
class ErrorPagesTests {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "400| Sorry, there is a problem with your request", "403| You cannot do this",
					"404| Page not found", "405| Sorry, this cannot be done", "429| You have tried too many times",
					"500| Sorry, there is a problem with the service" })
	void errorsArePagesInTheServiceLayoutThatGiveNothingAway(int status, String heading) throws Exception {
		var response = forwardedError(status, MediaType.TEXT_HTML);

		assertThat(response.getStatus()).isEqualTo(status);
		assertThat(response.getContentAsString()).contains("<h1>" + heading + "</h1>")
			.contains("Digital Onboarding Service")
			.contains("nhsuk-header")
			.contains("nhsuk-footer")
			.doesNotContain("internal detail")
			.doesNotContain("IllegalStateException")
			.doesNotContain("at digital.onboarding");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "400| Bad Request", "403| Forbidden", "404| Not Found",
			"405| Method Not Allowed", "429| Too Many Requests", "500| Internal Server Error" })
	void errorsAreProblemDetailsForProgramsThatGiveNothingAway(int status, String title) throws Exception {
		var response = forwardedError(status, MediaType.APPLICATION_JSON);

		assertThat(response.getStatus()).isEqualTo(status);
		assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		var problem = JsonMapper.shared().readTree(response.getContentAsString());
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asString()).isEqualTo(title);
		assertThat(problem.get("detail").asString()).isNotBlank();
		assertThat(problem.get("instance").asString()).isEqualTo("/somewhere");
		assertThat(problem.get("requestId").asString()).isEqualTo(response.getHeader("X-Request-Id"));
		assertThat(response.getContentAsString()).doesNotContain("internal detail")
			.doesNotContain("IllegalStateException")
			.doesNotContain("trace");
	}

	/**
	 * The error as the servlet container forwards it to {@code /error}, with an exception
	 * whose message must stay inside.
	 */
	private MockHttpServletResponse forwardedError(int status, MediaType accept) throws Exception {
		return this.mvc
			.perform(get("/error").accept(accept)
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/somewhere")
				.requestAttr(RequestDispatcher.ERROR_EXCEPTION,
						new IllegalStateException("internal detail that must stay inside")))
			.andReturn()
			.getResponse();
	}

}
