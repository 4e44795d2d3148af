package digital.onboarding.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import digital.onboarding.support.RunningServiceTest;
import digital.onboarding.support.TokenHolders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Addresses with encoded path tricks, sent byte for byte as written (an HTTP client
 * library may tidy some of them up first). Tomcat refuses some before the application
 * sees them (an encoded slash or backslash, {@code %00}, a malformed escape or UTF-8, a
 * raw backslash) and Spring Security's firewall the rest ({@code ..}, {@code ;}, double
 * slashes, encoded dots, percent signs and line breaks): both refusals stay, and are
 * answered as the service's other errors are.
 */
@RunningServiceTest
class RefusedAddressTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	private String token;

	@BeforeEach
	void tokenHolder() {
		this.token = TokenHolders.create(this.jdbc, "Refused Ltd").token();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/organisations/%2e%2e%2f%2e%2e%2fetc", "/api/v1/organisations/%00",
			"/api/v1/..;/x", "/api/v1/organisations/a%2Fb", "/api/v1/organisations/a%5Cb", "/api/v1//organisations",
			"/api/v1/organisations/../x", "/api/v1/organisations/%2e%2e/x", "/api/v1/organisations/a;b=c",
			"/api/v1/organisations/%25", "/api/v1/organisations/%", "/api/v1/organisations/%zz",
			"/api/v1/organisations/a%0ab", "/api/v1/organisations/%ff", "/api/v1/organisations/a\\b",
			"/api/v1/apis?search=%zz" })
	void aRefusedAddressUnderTheApiIsAProblemDetailWithTheRequestId(String path) throws IOException {
		for (var accept : new String[] { "application/json", "*/*", "text/html", null }) {
			var response = send(path, accept);
			assertThat(response.status()).as(accept + " " + response).isEqualTo(400);
			assertThat(response.header("content-type")).as(response.toString()).startsWith("application/problem+json");
			var problem = this.json.readTree(response.body());
			assertThat(problem.get("status").asInt()).isEqualTo(400);
			assertThat(problem.get("title").asString()).isEqualTo("Bad Request");
			assertThat(problem.get("detail").asString()).startsWith("The service could not understand the request");
			assertThat(problem.get("requestId").asString()).isNotBlank().isEqualTo(response.header("x-request-id"));
			assertThat(response.body()).doesNotContain("Exception").doesNotContain("Tomcat");
			assertThat(response.header("content-security-policy")).isNotBlank();
			assertThat(response.header("x-content-type-options")).isEqualTo("nosniff");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/organisations/%2e%2e%2fsecret", "/organisations/%00", "/organisations/..;/x",
			"/apis//national-imaging-registry", "/apis/%zz", "/apis?search=%zz" })
	void aRefusedAddressIsTheBadRequestPageForABrowser(String path) throws IOException {
		var response = send(path, "text/html,application/xhtml+xml,*/*;q=0.8");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("content-type")).startsWith("text/html");
		assertThat(response.body()).contains("<h1>Sorry, there is a problem with your request</h1>")
			.contains("nhsuk-header")
			.doesNotContain("Tomcat");
		assertThat(response.header("x-request-id")).isNotBlank();
		assertThat(response.header("content-security-policy")).isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY);
		assertThat(response.header("x-frame-options")).isEqualTo("DENY");
	}

	/** Sends the request line exactly as given, with the token and Accept header. */
	private Response send(String path, String accept) throws IOException {
		try (var socket = new Socket("localhost", this.port)) {
			var request = "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + this.token + "\r\n"
					+ ((accept != null) ? "Accept: " + accept + "\r\n" : "") + "Connection: close\r\n\r\n";
			socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
			var received = new ByteArrayOutputStream();
			socket.getInputStream().transferTo(received);
			return Response.parse(received.toString(StandardCharsets.ISO_8859_1));
		}
	}

	private record Response(int status, Map<String, String> headers, String body) {

		/**
		 * @param text the bytes received, one character each
		 */
		static Response parse(String text) {
			var head = text.substring(0, text.indexOf("\r\n\r\n"));
			var lines = head.split("\r\n");
			var headers = new LinkedHashMap<String, String>();
			for (int i = 1; i < lines.length; i++) {
				var colon = lines[i].indexOf(':');
				headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
						lines[i].substring(colon + 1).strip());
			}
			var body = text.substring(head.length() + 4);
			if ("chunked".equals(headers.get("transfer-encoding"))) {
				body = unchunked(body);
			}
			return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers,
					new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
		}

		String header(String name) {
			return this.headers.getOrDefault(name, "");
		}

		private static String unchunked(String chunked) {
			var body = new StringBuilder();
			int at = 0;
			while (true) {
				int lineEnd = chunked.indexOf("\r\n", at);
				int size = Integer.parseInt(chunked.substring(at, lineEnd).strip(), 16);
				if (size == 0) {
					return body.toString();
				}
				body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
				at = lineEnd + 2 + size + 2;
			}
		}

	}

}
