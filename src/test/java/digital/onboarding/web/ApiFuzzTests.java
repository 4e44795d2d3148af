package digital.onboarding.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import digital.onboarding.support.RunningServiceTest;
import digital.onboarding.support.TokenHolders;
import digital.onboarding.support.TokenHolders.TokenHolder;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the JSON API, read from its OpenAPI description, sent hostile
 * requests by a caller with a valid token for its own organisation: malformed JSON, each
 * property of the body with the wrong type, very long text, control characters and NUL,
 * hostile ids in the path, wrong content types and empty bodies. None may be a server
 * error, and every error must be a problem detail with its status and request id.
 */
@RunningServiceTest
class ApiFuzzTests {

	private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

	/** Ids in the path, as sent: each is put in place of one parameter at a time. */
	private static final List<String> HOSTILE_IDS = List.of("%00", "..%2f", "..%2F..%2Fetc%2Fpasswd", "%2e%2e", "..;",
			"%5C", "not-a-uuid", "-1", "0", "99999999999999999999", "%27%20or%201%3D1%20--", "%F0%9F%98%80", "%ff",
			"%C0%AE", "x".repeat(2000), "x".repeat(20_000));

	/** Bodies that are not JSON, or not the JSON any operation reads. */
	private static final List<String> MALFORMED_BODIES = List.of("{", "{\"a\":", "[", "nul", "{\"a\":1,}", "}{",
			"\"\\u0000\"", "\"\\ud800\"", "{\"\\u0000\":1}", "\uFEFF{}", "{} trailing", "\"a string\"", "12", "null",
			"[]", "[{}]", "[".repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(3000) + "1" + "}".repeat(3000));

	/** Each property of a body is sent with each of these in its place. */
	private static final List<String> HOSTILE_VALUES = List.of("123", "-1", "1.5e308", "true", "[]", "{}", "null",
			"\"text\"", "\"" + "x".repeat(100_000) + "\"", "\"a\\u0000b\"", "\"\\ud83d\"", "\"\\u0001\\u001f\\u007f\"",
			"\"2020-13-45\"", "\"' or 1=1 --\"", "[\"a\\u0000b\"]", "{\"q\\u0000\":\"x\"}");

	/**
	 * Clients that ask for something else than JSON, or say nothing, as programs often
	 * do.
	 */
	private static final List<String> ACCEPTS = Arrays.asList("application/xml", "text/html", "*/*", "garbage", null);

	/** Sent as each query parameter an operation reads, and one it does not. */
	private static final List<String> HOSTILE_QUERY_VALUES = List.of("%00", "-1", "99999999999999999999", "not-a-date",
			"%ED%A0%80", "x".repeat(5000));

	/**
	 * Text of the form some properties take, so the rest of a body is not refused first.
	 */
	private static final Map<String, String> PLAUSIBLE_TEXT = Map.of("version", "\"1.1\"", "email",
			"\"fuzz@example.org\"", "apiId", "\"national-imaging-registry\"", "role", "\"VIEWER\"", "url",
			"\"https://example.org/jwks.json\"", "address", "\"192.0.2.1\"", "outcome", "\"PASSED\"", "status",
			"\"standards-met\"", "hcid", "\"urn:oid:2.16.840.1.113883.2.1.3.2\"", "kind", "\"TECHNICAL\"");

	/** A body of the right form sent with a type the operation does not read. */
	private static final Map<String, String> WRONG_TYPES = Map.of("text/plain", "{}", "application/xml", "<a>1</a>",
			"application/x-www-form-urlencoded", "a=b&c=%00", "multipart/form-data", "--x--",
			"multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\na\u0000b",
			"garbage", "{}", "application/json; charset=UTF-16", "{}");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void everyOperationAnswersHostileRequestsWithProblemDetailsAndNeverAServerError() throws Exception {
		var holder = TokenHolders.create(this.jdbc, "Fuzzed Ltd");
		var ids = ownIds(holder);
		var document = this.json.readTree(send(HttpRequest.newBuilder(url("/v3/api-docs"))).body());
		var requests = new ArrayList<Fuzzed>();
		document.get("paths").properties().forEach(path -> {
			path.getValue()
				.properties()
				.forEach(operation -> requests.addAll(variants(document, ids, path.getKey(),
						operation.getKey().toUpperCase(), operation.getValue())));
			for (var method : List.of("PATCH", "TRACE", "OPTIONS")) {
				if (!path.getValue().has(method.toLowerCase())) {
					requests.add(new Fuzzed(path.getKey(), method,
							fill(path.getKey(), name -> ids.getOrDefault(name, UUID.randomUUID().toString())),
							"application/json", "{}", "a method it does not take", true));
				}
			}
		});
		// Deletions last, so the rest still find what they would delete.
		requests.sort((a, b) -> Boolean.compare(a.method().equals("DELETE"), b.method().equals("DELETE")));

		var started = System.nanoTime();
		var statuses = new ConcurrentHashMap<Integer, AtomicInteger>();
		var failures = Collections.synchronizedList(new ArrayList<String>());
		var pool = Executors.newFixedThreadPool(4);
		try {
			var sent = new ArrayList<Future<?>>();
			for (var request : requests) {
				sent.add(pool.submit(() -> {
					var response = answerTo(request, holder);
					if (response.isEmpty()) {
						failures.add(request.method() + " " + request.template() + " (" + request.described()
								+ "): no answer, twice");
						return null;
					}
					statuses.computeIfAbsent(response.get().statusCode(), status -> new AtomicInteger())
						.incrementAndGet();
					check(request, response.get()).ifPresent(failures::add);
					return null;
				}));
			}
			for (var answer : sent) {
				answer.get();
			}
		}
		finally {
			pool.shutdownNow();
		}

		System.out.println("fuzz: " + requests.size() + " requests, "
				+ new TreeMap<>(statuses).entrySet()
					.stream()
					.map(status -> status.getKey() + "×" + status.getValue())
					.collect(Collectors.joining(" "))
				+ " in " + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s");
		assertThat(failures).as("answers that are server errors or not problem details").isEmpty();
	}

	/**
	 * Ids the token holder's organisation owns, so that requests get past authorisation
	 * and reach what reads their bodies; any other id is one nobody owns.
	 */
	private Map<String, String> ownIds(TokenHolder holder) throws Exception {
		var products = "/api/v1/organisations/" + holder.organisationId() + "/products";
		var product = this.json.readTree(
				send(withToken(HttpRequest.newBuilder(url(products)), holder).header("Content-Type", "application/json")
					.POST(BodyPublishers.ofString("{\"name\":\"Fuzzed PACS\",\"version\":\"1.0\"}"))).body());
		var productId = product.get("id").asString();
		var versionId = product.get("versions").get(0).get("id").asString();
		var chosen = send(
				withToken(HttpRequest.newBuilder(url(products + "/" + productId + "/versions/" + versionId + "/apis")),
						holder)
					.header("Content-Type", "application/json")
					.PUT(BodyPublishers.ofString("{\"apiIds\":[\"national-imaging-registry\"]}")));
		assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);
		return Map.of("organisationId", holder.organisationId().toString(), "productId", productId, "versionId",
				versionId, "apiId", "national-imaging-registry", "sectionId", "eligibility-organisation");
	}

	private List<Fuzzed> variants(JsonNode document, Map<String, String> ids, String template, String method,
			JsonNode operation) {
		var variants = new ArrayList<Fuzzed>();
		var path = fill(template, name -> ids.getOrDefault(name, UUID.randomUUID().toString()));
		var content = operation.path("requestBody").path("content");
		var schema = resolve(document, content.path("application/json").path("schema"));
		var json = content.has("application/json");
		var properties = json ? plausible(document, schema, ids) : Map.<String, String>of();
		var base = json ? body(properties) : null;
		var contentType = json ? "application/json" : null;
		variants.add(new Fuzzed(template, method, path, contentType, base, "as described", true));
		variants.add(new Fuzzed(template, method, path, contentType, base, "without a token", false));
		for (var accept : ACCEPTS) {
			variants.add(
					new Fuzzed(template, method, path, contentType, base, "Accept: " + accept, true).accepting(accept));
		}
		for (var name : parameters(template)) {
			for (var id : HOSTILE_IDS) {
				var hostile = fill(template,
						other -> other.equals(name) ? id : ids.getOrDefault(other, UUID.randomUUID().toString()));
				variants
					.add(new Fuzzed(template, method, hostile, contentType, base, name + "=" + abbreviated(id), true));
			}
		}
		var queries = new ArrayList<String>(List.of("q"));
		for (var parameter : operation.path("parameters")) {
			if (parameter.path("in").asString("").equals("query")) {
				queries.add(parameter.path("name").asString());
			}
		}
		for (var name : queries) {
			for (var value : HOSTILE_QUERY_VALUES) {
				variants.add(new Fuzzed(template, method, path + "?" + name + "=" + value, contentType, base,
						name + "=" + abbreviated(value), true));
			}
		}
		if (content.isMissingNode() || content.isEmpty()) {
			return variants;
		}
		variants.add(new Fuzzed(template, method, path, contentType, "", "empty body", true));
		variants.add(new Fuzzed(template, method, path, null, null, "no body", true));
		WRONG_TYPES.forEach((type, body) -> variants.add(new Fuzzed(template, method, path, type, body, type, true)));
		for (var malformed : MALFORMED_BODIES) {
			variants
				.add(new Fuzzed(template, method, path, "application/json", malformed, abbreviated(malformed), true));
		}
		if (!json) {
			return variants;
		}
		for (var property : properties.keySet()) {
			for (var value : HOSTILE_VALUES) {
				var hostile = new LinkedHashMap<>(properties);
				hostile.put(property, value);
				variants.add(new Fuzzed(template, method, path, "application/json", body(hostile),
						property + "=" + abbreviated(value), true));
				if (properties.get(property).startsWith("{")) {
					hostile.put(property, "{\"organisation-name\":" + value + "}");
					variants.add(new Fuzzed(template, method, path, "application/json", body(hostile),
							property + ".organisation-name=" + abbreviated(value), true));
				}
			}
		}
		return variants;
	}

	/**
	 * A value of the form each property of the schema takes, as JSON, so that a request
	 * gets as far as it can with one property at a time made hostile.
	 */
	private static Map<String, String> plausible(JsonNode document, JsonNode schema, Map<String, String> ids) {
		var values = new LinkedHashMap<String, String>();
		if (schema.has("additionalProperties") && !schema.has("properties")) {
			values.put("ITI-38", "\"https://gateway.example.org/iti-38\"");
		}
		schema.path("properties").properties().forEach(property -> {
			var name = property.getKey();
			var described = resolve(document, property.getValue());
			var type = described.path("type").asString("");
			var format = described.path("format").asString("");
			String value;
			if (described != property.getValue()) {
				value = body(plausible(document, described, ids));
			}
			else if (format.equals("uuid")) {
				value = "\"" + (name.equals("productVersionId") ? ids.get("versionId") : UUID.randomUUID()) + "\"";
			}
			else if (format.equals("date")) {
				value = "\"2030-01-31\"";
			}
			else if (type.equals("integer")) {
				value = "0";
			}
			else if (type.equals("boolean")) {
				value = "true";
			}
			else if (type.equals("array")) {
				value = "[\"national-imaging-registry\"]";
			}
			else if (type.equals("object")) {
				value = "{\"organisation-name\":\"Fuzzed Ltd\"}";
			}
			else {
				value = PLAUSIBLE_TEXT.getOrDefault(name, "\"Fuzzed text\"");
			}
			values.put(name, value);
		});
		return values;
	}

	private static String body(Map<String, String> properties) {
		return properties.entrySet()
			.stream()
			.map(property -> "\"" + property.getKey() + "\":" + property.getValue())
			.collect(Collectors.joining(",", "{", "}"));
	}

	/**
	 * The answer, sent again once if the connection failed before one came: a pooled
	 * connection the server has just closed fails the next request sent on it, which is
	 * the client's to retry and says nothing of the answer.
	 */
	private Optional<HttpResponse<String>> answerTo(Fuzzed request, TokenHolder holder) throws Exception {
		for (int attempt = 0; attempt < 2; attempt++) {
			try {
				return Optional.of(send(request.build(url(""), holder.token())));
			}
			catch (IOException ex) {
				// sent again
			}
		}
		return Optional.empty();
	}

	/** Answers that are not what a client may rely on, described. */
	private Optional<String> check(Fuzzed request, HttpResponse<String> response) {
		int status = response.statusCode();
		var described = request.method() + " " + request.template() + " (" + request.described() + "): " + status + " "
				+ response.headers().firstValue("Content-Type").orElse("-") + " " + abbreviated(response.body());
		if (status >= 500) {
			return Optional.of(described);
		}
		if (status < 400) {
			return Optional.empty();
		}
		var contentType = response.headers().firstValue("Content-Type").orElse("");
		if (request.isForBrowser() && contentType.startsWith("text/html")) {
			// Outside the JSON API, a browser may get the error page.
			return Optional.empty();
		}
		if (!contentType.startsWith("application/problem+json")) {
			return Optional.of(described);
		}
		var problem = this.json.readTree(response.body());
		var requestId = response.headers().firstValue("X-Request-Id");
		if (problem.path("status").asInt() != status || requestId.isEmpty()
				|| !problem.path("requestId").asString("").equals(requestId.get())
				|| problem.path("title").asString("").isEmpty()) {
			return Optional.of(described);
		}
		return Optional.empty();
	}

	private static JsonNode resolve(JsonNode document, JsonNode schema) {
		var reference = schema.path("$ref").asString("");
		if (reference.startsWith("#/components/schemas/")) {
			return document.path("components")
				.path("schemas")
				.path(reference.substring("#/components/schemas/".length()));
		}
		return schema;
	}

	private static List<String> parameters(String template) {
		var names = new ArrayList<String>();
		var matcher = PATH_PARAMETER.matcher(template);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	private static String fill(String template, Function<String, String> value) {
		return PATH_PARAMETER.matcher(template)
			.replaceAll(parameter -> Matcher.quoteReplacement(value.apply(parameter.group(1))));
	}

	private static String abbreviated(String text) {
		var oneLine = text.replaceAll("\\s+", " ");
		return (oneLine.length() > 120) ? oneLine.substring(0, 60) + "…(" + oneLine.length() + ")" : oneLine;
	}

	private HttpRequest.Builder withToken(HttpRequest.Builder request, TokenHolder holder) {
		return request.header("Authorization", "Bearer " + holder.token()).header("Accept", "application/json");
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.timeout(Duration.ofSeconds(30)).build(), BodyHandlers.ofString());
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	/**
	 * One hostile request.
	 * 
	 * @param template the operation's path, as the API description gives it
	 * @param contentType null to send none
	 * @param body null to send none
	 */
	private record Fuzzed(String template, String method, String path, String contentType, String body,
			String described, boolean withToken, String accept) {

		Fuzzed(String template, String method, String path, String contentType, String body, String described,
				boolean withToken) {
			this(template, method, path, contentType, body, described, withToken, "application/json");
		}

		boolean isForBrowser() {
			return "text/html".equals(this.accept) && !this.path.startsWith("/api/");
		}

		Fuzzed accepting(String accept) {
			return new Fuzzed(this.template, this.method, this.path, this.contentType, this.body, this.described,
					this.withToken, accept);
		}

		HttpRequest.Builder build(URI base, String token) {
			var request = HttpRequest.newBuilder(URI.create(base + this.path));
			if (this.accept != null) {
				request.header("Accept", this.accept);
			}
			if (this.withToken) {
				request.header("Authorization", "Bearer " + token);
			}
			if (this.contentType != null) {
				request.header("Content-Type", this.contentType);
			}
			return request.method(this.method,
					(this.body != null) ? BodyPublishers.ofString(this.body) : BodyPublishers.noBody());
		}

	}

}
