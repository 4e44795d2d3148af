package digital.onboarding.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import digital.onboarding.support.TokenHolders;
import digital.onboarding.support.TokenHolders.TokenHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service on its embedded default, killed under write load as crashes kill it, and
 * started again on the same data folder: it starts, and every save it acknowledged is
 * there.
 */
class CrashRecoveryTests {

	private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

	@TempDir
	Path work;

	@Test
	void afterEveryKindOfKillTheServiceStartsAgainWithEverySaveItAcknowledged() throws Exception {
		var data = this.work.resolve("data");
		int databasePort = ServiceProcess.freePort();
		var database = JdbcClient.create(new DriverManagerDataSource(
				"jdbc:postgresql://localhost:" + databasePort + "/postgres", "postgres", ""));

		var first = ServiceProcess.start(data, databasePort, this.work);
		var holder = TokenHolders.create(database, "Crash Test Ltd");
		var serviceOnly = Writes.against(first, holder).during(Duration.ofSeconds(3), first::kill);
		var orphan = Postmaster.on(data);
		assertThat(orphan.isRunning()).as("the database outlives a service killed with -9").isTrue();

		var second = ServiceProcess.start(data, databasePort, this.work);
		assertThat(orphan.isRunning()).as("the new service stopped the one left behind").isFalse();
		assertThat(second.log()).contains("was left running by a service that ended without stopping it");
		assertThat(products(database, holder)).containsAll(serviceOnly.acknowledged());

		var together = Writes.against(second, holder).during(Duration.ofSeconds(3), () -> {
			// As a container or out-of-memory kill: the database's processes and the
			// service's, at once, with no chance to write anything more.
			Postmaster.on(data).kill();
			second.kill();
		});

		var third = ServiceProcess.start(data, databasePort, this.work);
		var present = products(database, holder);
		assertThat(present).containsAll(serviceOnly.acknowledged()).containsAll(together.acknowledged());

		var running = Postmaster.on(data);
		assertThat(third.terminate()).as("SIGTERM ends the service").isNotNegative();
		assertThat(running.endsWithin(Duration.ofSeconds(10))).as("and its database with it").isTrue();
		assertThat(Files.exists(data.resolve("postmaster.pid"))).isFalse();

		System.out.printf(
				"crash: kill -9 of the service: %d saves acknowledged (%s), %d present after restart; "
						+ "kill -9 of the service and its database together: %d acknowledged (%s), %d present%n",
				serviceOnly.acknowledged().size(), serviceOnly.statuses(), count(present, serviceOnly.acknowledged()),
				together.acknowledged().size(), together.statuses(), count(present, together.acknowledged()));
		assertThat(serviceOnly.acknowledged()).as("the load really wrote").hasSizeGreaterThan(20);
		assertThat(together.acknowledged()).hasSizeGreaterThan(20);
	}

	private static Set<UUID> products(JdbcClient database, TokenHolder holder) {
		return new HashSet<>(database.sql("select id from products where organisation_id = ?")
			.param(holder.organisationId())
			.query(UUID.class)
			.list());
	}

	private static long count(Set<UUID> present, Set<UUID> acknowledged) {
		return acknowledged.stream().filter(present::contains).count();
	}

	/** API clients creating products as fast as they are answered. */
	private static final class Writes {

		private static final int CLIENTS = 8;

		private final URI products;

		private final String token;

		private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

		private final Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();

		private final Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final AtomicInteger made = new AtomicInteger();

		private Writes(URI products, String token) {
			this.products = products;
			this.token = token;
		}

		static Writes against(ServiceProcess service, TokenHolder holder) {
			return new Writes(URI.create("http://localhost:" + service.port() + "/api/v1/organisations/"
					+ holder.organisationId() + "/products"), holder.token());
		}

		/** Writes for the duration, then does {@code ending} while the writes go on. */
		Writes during(Duration duration, Ending ending) throws Exception {
			ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
			for (int i = 0; i < CLIENTS; i++) {
				clients.submit(this::write);
			}
			Thread.sleep(duration.toMillis());
			ending.run();
			this.running.set(false);
			clients.shutdown();
			assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
			return this;
		}

		private Void write() {
			while (this.running.get()) {
				var request = HttpRequest.newBuilder(this.products)
					.header("Authorization", "Bearer " + this.token)
					.header("Content-Type", "application/json")
					.timeout(Duration.ofSeconds(10))
					.POST(HttpRequest.BodyPublishers
						.ofString("{\"name\":\"Product " + this.made.incrementAndGet() + "\",\"version\":\"1.0\"}"))
					.build();
				try {
					var response = this.http.send(request, BodyHandlers.ofString());
					count(String.valueOf(response.statusCode()));
					if (response.statusCode() == 201) {
						var id = ID.matcher(response.body());
						assertThat(id.find()).as(response.body()).isTrue();
						this.acknowledged.add(UUID.fromString(id.group(1)));
					}
				}
				catch (Exception ex) {
					count("no answer");
				}
			}
			return null;
		}

		private void count(String outcome) {
			this.statuses.computeIfAbsent(outcome, key -> new AtomicInteger()).incrementAndGet();
		}

		Set<UUID> acknowledged() {
			return this.acknowledged;
		}

		Map<String, Integer> statuses() {
			var counts = new TreeMap<String, Integer>();
			this.statuses.forEach((outcome, count) -> counts.put(outcome, count.get()));
			return counts;
		}

		interface Ending {

			void run() throws Exception;

		}

	}

}
