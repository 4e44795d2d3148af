package digital.onboarding.assurance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import digital.onboarding.catalogue.Catalogue;
import digital.onboarding.catalogue.programme.Question;
import digital.onboarding.support.RunningServiceTest;
import digital.onboarding.support.TokenHolders;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The budgets "saves a 30-answer section and renders a 4-API task list on the embedded
 * database: p95 under 50 ms each", measured over HTTP on the running service with a
 * personal access token, one request at a time after a warm-up.
 */
@RunningServiceTest
class AssuranceBenchmark {

	private static final int WARM_UP = 50;

	private static final int MEASURED = 300;

	private static final long BUDGET_MILLIS = 50;

	private static final List<String> APIS = List.of("national-imaging-registry", "national-record-locator",
			"nhs-login", "summary-care-record");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Catalogue catalogue;

	@Autowired
	JsonMapper json;

	private final HttpClient http = HttpClient.newHttpClient();

	private String token;

	@Test
	void savingALargeSectionAndRenderingAFourApiTaskList() throws Exception {
		var holder = TokenHolders.create(this.jdbc, "Benchmark Ltd");
		this.token = holder.token();
		var products = "/api/v1/organisations/" + holder.organisationId() + "/products";
		var product = this.json.readTree(send("POST", products, "{\"name\":\"Bench\",\"version\":\"1.0\"}").body());
		var versionPath = products + "/" + product.get("id").asString() + "/versions/"
				+ product.get("versions").get(0).get("id").asString();
		assertThat(send("PUT", versionPath + "/apis", this.json.writeValueAsString(Map.of("apiIds", APIS))).statusCode())
			.isEqualTo(200);
		var applications = versionPath + "/applications";
		assertThat(this.json.readTree(send("GET", applications, null).body()).get("apis")).hasSize(APIS.size());

		var section = this.catalogue.programme("national-imaging-registry")
			.orElseThrow()
			.section("technical-conformance")
			.orElseThrow();
		var evidenceId = uploadEvidence("/api/v1/organisations/" + holder.organisationId() + "/evidence");
		var answers = answersTo(section.questions(), evidenceId);
		var sectionPath = applications + "/national-imaging-registry/sections/technical-conformance";

		var version = new int[] { 0 };
		var saves = measure(() -> {
			var response = send("PUT", sectionPath,
					this.json.writeValueAsString(Map.of("version", version[0], "answers", answers)));
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			version[0]++;
		});
		var taskLists = measure(() -> assertThat(send("GET", applications, null).statusCode()).isEqualTo(200));

		System.out.printf("AssuranceBenchmark: saving a %d-answer section: p50 %d ms, p95 %d ms (budget %d ms)%n",
				answers.size(), saves[0], saves[1], BUDGET_MILLIS);
		System.out.printf("AssuranceBenchmark: a %d-API task list: p50 %d ms, p95 %d ms (budget %d ms)%n",
				APIS.size(), taskLists[0], taskLists[1], BUDGET_MILLIS);
		System.out.printf("AssuranceBenchmark: within budget: %s%n",
				saves[1] < BUDGET_MILLIS && taskLists[1] < BUDGET_MILLIS);
		assertThat(answers).hasSizeGreaterThanOrEqualTo(30);
	}

	/**
	 * A valid answer to every question; every file question names the same evidence.
	 */
	private static Map<String, Object> answersTo(List<Question> questions, String evidenceId) {
		var answers = new LinkedHashMap<String, Object>();
		for (var question : questions) {
			Object answer = switch (question.type()) {
				case TEXT, LONG_TEXT -> "Tested against the integration environment; results attached.";
				case YES_NO, SINGLE_CHOICE -> question.options().get(question.options().size() - 1).value();
				case MULTIPLE_CHOICE -> List.of(question.options().get(0).value());
				case DATE -> "2026-06-30";
				case EMAIL -> "team@example.org";
				case PERSON -> Map.of("name", "Ada Lovelace", "role", "Lead", "email", "ada@example.org");
				case ODS_CODE -> "X26";
				case VERSION -> "1.0";
				case URL -> "https://example.org/docs";
				case IP_ADDRESSES -> List.of("10.0.0.0/8");
				case HCID -> "urn:oid:2.16.840.1.113883.2.1.3.2";
				case FILE -> evidenceId;
				default -> null;
			};
			if (answer != null) {
				answers.put(question.id(), answer);
			}
		}
		return answers;
	}

	/** A small PDF uploaded as evidence; returns its id. */
	private String uploadEvidence(String path) throws Exception {
		var boundary = "benchmark-boundary";
		var body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"report.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<<>>\nendobj\n%%EOF\n\r\n--"
				+ boundary + "--\r\n");
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Bearer " + this.token)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.ISO_8859_1)))
			.build();
		var response = this.http.send(request, BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return this.json.readTree(response.body()).get("id").asString();
	}

	/** The 50th and 95th percentile of the measured runs, in milliseconds. */
	private static long[] measure(ThrowingRunnable request) throws Exception {
		for (int i = 0; i < WARM_UP; i++) {
			request.run();
		}
		var millis = new ArrayList<Long>();
		for (int i = 0; i < MEASURED; i++) {
			long start = System.nanoTime();
			request.run();
			millis.add((System.nanoTime() - start) / 1_000_000);
		}
		var sorted = millis.stream().mapToLong(Long::longValue).toArray();
		Arrays.sort(sorted);
		return new long[] { sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1] };
	}

	private HttpResponse<String> send(String method, String path, String body) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Bearer " + this.token)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body))
			.build();
		return this.http.send(request, BodyHandlers.ofString());
	}

	@FunctionalInterface
	private interface ThrowingRunnable {

		void run() throws Exception;

	}

}
