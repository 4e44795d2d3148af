package digital.onboarding.evidence;

import digital.onboarding.support.Samples;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import com.jayway.jsonpath.JsonPath;
import digital.onboarding.support.RunningServiceTest;
import digital.onboarding.support.TokenHolders;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real multipart uploads through the servlet container, read as they arrive and stopped
 * as soon as they pass the limit.
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

	/**
	 * Sent in chunks, so no length is known before the file arrives: it is stopped as it
	 * passes the limit, and nothing of it is kept.
	 */
	@Test
	void anUploadOfUnknownLengthIsStoppedAsItPassesTheLimit() throws Exception {
		var holder = TokenHolders.create(this.jdbc, "Streaming Ltd");
		var body = multipart(new byte[(int) this.properties.maxFileSize().toBytes() + 64 * 1024]);
		var response = this.http.send(
				request(holder, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))),
				BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
		assertThat((String) JsonPath.read(response.body(), "$.detail"))
			.isEqualTo("The selected file must be smaller than 2 MB");
		assertThat(this.jdbc.sql("select count(*) from evidence_files where organisation_id = ?")
			.param(holder.organisationId())
			.query(Integer.class)
			.single()).isZero();
		var folder = this.properties.folder().resolve(holder.organisationId().toString());
		if (Files.exists(folder)) {
			assertThat(folder).isEmptyDirectory();
		}
	}

	private java.net.http.HttpResponse<String> post(TokenHolders.TokenHolder holder, byte[] file) throws Exception {
		return this.http.send(request(holder, HttpRequest.BodyPublishers.ofByteArray(multipart(file))),
				BodyHandlers.ofString());
	}

	private HttpRequest request(TokenHolders.TokenHolder holder, HttpRequest.BodyPublisher body) {
		return HttpRequest
			.newBuilder(URI.create(
					"http://localhost:" + this.port + "/api/v1/organisations/" + holder.organisationId() + "/evidence"))
			.header("Authorization", "Bearer " + holder.token())
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(body)
			.build();
	}

	private static byte[] multipart(byte[] file) throws IOException {
		var body = new ByteArrayOutputStream();
		body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"upload.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII));
		body.write(file);
		body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		return body.toByteArray();
	}

}
