package digital.onboarding.evidence;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import digital.onboarding.support.RunningServiceTest;
import digital.onboarding.support.TokenHolders;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real multipart uploads through the servlet container, which stops one over the limit
 * while it arrives.
 */
@RunningServiceTest
class EvidenceUploadLimitTests {

	private static final String BOUNDARY = "evidence-boundary";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EvidenceProperties properties;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anUploadWithinTheLimitIsAccepted() throws Exception {
		var holder = TokenHolders.create(this.jdbc, "Uploader Ltd");
		var response = post(holder, Samples.pdf());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		assertThat((String) JsonPath.read(response.body(), "$.mediaType")).isEqualTo("application/pdf");
	}

	@Test
	void anUploadOverTheLimitIsAProblemDetailNotAServerError() throws Exception {
		var holder = TokenHolders.create(this.jdbc, "Oversized Ltd");
		var content = new byte[(int) this.properties.maxFileSize().toBytes() + 64 * 1024];
		var response = post(holder, content);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat((String) JsonPath.read(response.body(), "$.detail"))
			.isEqualTo("The selected file must be smaller than 2 MB");
	}

	private java.net.http.HttpResponse<String> post(TokenHolders.TokenHolder holder, byte[] file) throws Exception {
		var body = new ByteArrayOutputStream();
		body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"upload.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII));
		body.write(file);
		body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		var request = HttpRequest
			.newBuilder(URI.create(
					"http://localhost:" + this.port + "/api/v1/organisations/" + holder.organisationId() + "/evidence"))
			.header("Authorization", "Bearer " + holder.token())
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		return this.http.send(request, BodyHandlers.ofString());
	}

}
