package digital.onboarding.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import digital.onboarding.OnboardingApplication;
import digital.onboarding.support.TokenHolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database stops under load and comes back: meanwhile every request is answered at
 * once with 503 and a {@code Retry-After} (a problem detail for programs, the
 * "unavailable" page for browsers), health says DOWN within seconds, and afterwards the
 * service carries on by itself.
 */
class DatabaseOutageTests {

	/** The connection wait (3 s) and a margin for two busy cores. */
	private static final Duration PROMPT = Duration.ofSeconds(6);

	@TempDir
	Path dataDirectory;

	@TempDir
	Path logs;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void whileTheDatabaseIsDownEveryRequestIsAQuick503AndTheServiceRecoversByItself() throws Exception {
		try (var service = new SpringApplicationBuilder(OnboardingApplication.class).run("--server.port=0",
				"--spring.main.banner-mode=off", "--onboarding.radar.cron=-",
				"--onboarding.embedded-database.data-directory=" + this.dataDirectory)) {
			var port = ((WebServerApplicationContext) service).getWebServer().getPort();
			var holder = TokenHolders.create(service.getBean(JdbcClient.class), "Outage Ltd");
			var products = URI
				.create("http://localhost:" + port + "/api/v1/organisations/" + holder.organisationId() + "/products");
			var load = new Load(products, holder.token());
			load.start(6);
			try {
				Thread.sleep(1500);
				var postmaster = Postmaster.on(this.dataDirectory);
				postmaster.stop();
				var outageStarted = System.nanoTime();

				var api = this.http.send(HttpRequest.newBuilder(products)
					.header("Authorization", "Bearer " + holder.token())
					.timeout(Duration.ofSeconds(30))
					.build(), BodyHandlers.ofString());
				assertThat(api.statusCode()).isEqualTo(503);
				assertThat(api.headers().firstValue("Content-Type"))
					.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
				assertThat(api.headers().firstValue("Retry-After")).hasValue("10");
				assertThat(api.body()).contains("\"status\":503").contains("cannot reach its database");

				var page = this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/register"))
					.header("Accept", "text/html")
					.timeout(Duration.ofSeconds(30))
					.build(), BodyHandlers.ofString());
				assertThat(page.statusCode()).isEqualTo(503);
				assertThat(page.headers().firstValue("Retry-After")).hasValue("10");
				assertThat(page.headers().firstValue("Content-Security-Policy"))
					.hasValueSatisfying(policy -> assertThat(policy).startsWith("default-src 'self'"));
				assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
				assertThat(page.body()).contains("<h1>Sorry, the service is unavailable</h1>")
					.contains("nhsuk-header")
					.contains(page.headers().firstValue("X-Request-Id").orElseThrow());

				var health = timed(() -> this.http
					.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
						.timeout(Duration.ofSeconds(30))
						.build(), BodyHandlers.ofString()));
				assertThat(health.response().statusCode()).isEqualTo(503);
				assertThat(health.response().body()).contains("\"status\":\"DOWN\"");
				assertThat(health.took()).isLessThan(PROMPT);

				Thread.sleep(3000);
				var outage = Duration.ofNanos(System.nanoTime() - outageStarted);
				Postmaster.startAgain(this.dataDirectory, this.logs.resolve("postgres.log"));
				var recovered = load.awaitSuccessAfter(System.nanoTime(), Duration.ofSeconds(20));
				Thread.sleep(1000);
				load.stop();

				System.out.printf(
						"outage: database down %.1f s; %s; slowest 503 %d ms; first success %.1f s after "
								+ "it returned%n",
						outage.toMillis() / 1000.0, load.statuses(), load.slowest503().toMillis(),
						recovered.toMillis() / 1000.0);
				assertThat(load.statuses().keySet()).as("only successes and 503s: no 500, no hang")
					.containsOnly(200, 201, 503);
				assertThat(load.statuses().get(503)).isPositive();
				assertThat(load.slowest503()).isLessThan(PROMPT);
				assertThat(load.problemDetailsMissing()).as("every 503 is a problem detail").isZero();
			}
			finally {
				load.stop();
			}
		}
	}

	private static <T> Timed<T> timed(Call<T> call) throws Exception {
		var started = System.nanoTime();
		var result = call.call();
		return new Timed<>(result, Duration.ofNanos(System.nanoTime() - started));
	}

	private interface Call<T> {

		T call() throws Exception;

	}

	private record Timed<T>(T response, Duration took) {
	}

	/**
	 * API clients reading and creating products as fast as they are answered, keeping
	 * every status.
	 */
	private final class Load {

		private final URI products;

		private final String token;

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();

		private final ConcurrentLinkedQueue<Long> successes = new ConcurrentLinkedQueue<>();

		private final AtomicInteger missingProblems = new AtomicInteger();

		private volatile long slowest503Nanos;

		private final java.util.concurrent.ExecutorService threads = Executors.newCachedThreadPool();

		Load(URI products, String token) {
			this.products = products;
			this.token = token;
		}

		void start(int clients) {
			var made = new AtomicInteger();
			for (int i = 0; i < clients; i++) {
				boolean writes = i % 2 == 0;
				this.threads.submit(() -> {
					while (this.running.get()) {
						var request = HttpRequest.newBuilder(this.products)
							.header("Authorization", "Bearer " + this.token)
							.timeout(Duration.ofSeconds(30));
						if (writes) {
							request.header("Content-Type", "application/json")
								.POST(HttpRequest.BodyPublishers.ofString(
										"{\"name\":\"Product " + made.incrementAndGet() + "\",\"version\":\"1.0\"}"));
						}
						send(request.build());
					}
					return null;
				});
			}
		}

		private void send(HttpRequest request) {
			var started = System.nanoTime();
			HttpResponse<String> response;
			try {
				response = DatabaseOutageTests.this.http.send(request, BodyHandlers.ofString());
			}
			catch (Exception ex) {
				this.statuses.computeIfAbsent(-1, status -> new AtomicInteger()).incrementAndGet();
				return;
			}
			var took = System.nanoTime() - started;
			this.statuses.computeIfAbsent(response.statusCode(), status -> new AtomicInteger()).incrementAndGet();
			if (response.statusCode() == 503) {
				this.slowest503Nanos = Math.max(this.slowest503Nanos, took);
				if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
					this.missingProblems.incrementAndGet();
				}
			}
			else if (response.statusCode() < 300) {
				this.successes.add(System.nanoTime());
			}
		}

		/** How long after {@code since} a request first succeeded. */
		Duration awaitSuccessAfter(long since, Duration limit) throws InterruptedException {
			var deadline = since + limit.toNanos();
			while (System.nanoTime() < deadline) {
				var first = this.successes.stream().filter(at -> at > since).findFirst();
				if (first.isPresent()) {
					return Duration.ofNanos(first.get() - since);
				}
				Thread.sleep(50);
			}
			throw new AssertionError("No request succeeded within " + limit + " of the database returning");
		}

		void stop() throws InterruptedException {
			this.running.set(false);
			this.threads.shutdown();
			this.threads.awaitTermination(40, TimeUnit.SECONDS);
		}

		Map<Integer, Integer> statuses() {
			var counts = new TreeMap<Integer, Integer>();
			this.statuses.forEach((status, count) -> counts.put(status, count.get()));
			return counts;
		}

		Duration slowest503() {
			return Duration.ofNanos(this.slowest503Nanos);
		}

		int problemDetailsMissing() {
			return this.missingProblems.get();
		}

	}

}
