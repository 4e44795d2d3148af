package digital.onboarding.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import digital.onboarding.support.RunningServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the service sends over the wire, seen by a plain HTTP client.
 */
@RunningServiceTest
class HttpEdgeTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anUnknownAddressIsAPageNotFoundInTheLayout() throws Exception {
		var response = send(HttpRequest.newBuilder(url("/assets/no-such-file.png")));
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("<h1>Page not found</h1>").contains("nhsuk-header");
	}

	@Test
	void aFormPostedWithoutItsCsrfTokenIsRefusedAndChangesNothing() throws Exception {
		var response = send(HttpRequest.newBuilder(url("/create-account"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("firstName=Eve&lastName=Forger&email=eve%40example.org"
					+ "&password=correct+horse+battery&confirmPassword=correct+horse+battery")));
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("<h1>You cannot do this</h1>");
		assertThat(response.headers().firstValue("Location")).isEmpty();
	}

	@Test
	void pagesCarrySecurityHeadersAndASecureSessionCookie() throws Exception {
		var response = send(HttpRequest.newBuilder(url("/sign-in")));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Security-Policy"))
			.hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
		assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
		assertThat(response.headers().allValues("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=")
				.contains("Secure")
				.contains("HttpOnly")
				.contains("SameSite=Lax"));
	}

	@Test
	void clientsAskingForJsonGetJsonRatherThanPages() throws Exception {
		var response = this.http.send(
				HttpRequest.newBuilder(url("/assets/no-such-file.png")).header("Accept", "application/json").build(),
				BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("\"status\":404").doesNotContain("<html");
	}

	/**
	 * A program gets a problem detail for an error, whether it asks for JSON, for
	 * anything or says nothing, never Spring Boot's own error JSON: the request id it
	 * carries is the one in the header, for a report to quote.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "application/json", "*/*", "" })
	void anErrorForAProgramIsAProblemDetailWithTheRequestId(String accept) throws Exception {
		var request = HttpRequest.newBuilder(url("/assets/no-such-file.png"));
		if (!accept.isEmpty()) {
			request.header("Accept", accept);
		}
		var response = this.http.send(request.build(), BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		var problem = JsonMapper.shared().readTree(response.body());
		assertThat(problem.get("type").asString()).isEqualTo("about:blank");
		assertThat(problem.get("title").asString()).isEqualTo("Not Found");
		assertThat(problem.get("status").asInt()).isEqualTo(404);
		assertThat(problem.get("detail").asString())
			.isEqualTo("There is nothing at this address. Check that it is correct.");
		assertThat(problem.get("instance").asString()).isEqualTo("/assets/no-such-file.png");
		assertThat(problem.get("requestId").asString()).isNotBlank()
			.isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
		assertThat(problem.has("timestamp")).as("Spring Boot's own error JSON").isFalse();
	}

	@Test
	void healthIsUpWithTheDatabase() throws Exception {
		var response = this.http.send(HttpRequest.newBuilder(url("/actuator/health")).build(), BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"UP\"");
	}

	/** Sends a request as a browser would, asking for a page. */
	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.header("Accept", "text/html").build(), BodyHandlers.ofString());
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
