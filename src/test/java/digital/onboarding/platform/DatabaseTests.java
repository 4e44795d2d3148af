package digital.onboarding.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.util.regex.Pattern;

import digital.onboarding.OnboardingApplication;
import digital.onboarding.account.AccountManagement;
import digital.onboarding.audit.AuditEntry;
import digital.onboarding.audit.AuditTrail;
import digital.onboarding.support.People;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the data lives: in the embedded database's folder across restarts, or in any
 * external PostgreSQL server, shared by as many nodes as run.
 */
class DatabaseTests {

	@Test
	void dataInTheEmbeddedDatabaseSurvivesARestart(@TempDir Path dataDirectory) {
		String recordedHash;
		try (var first = start("--onboarding.embedded-database.data-directory=" + dataDirectory)) {
			recordedHash = first.getBean(AuditTrail.class)
				.record(AuditEntry.of("thing.made", "thing", "kept").summary("before restart"))
				.hash();
		}
		try (var second = start("--onboarding.embedded-database.data-directory=" + dataDirectory)) {
			var jdbc = second.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select hash from audit_events where object_id = 'kept'").query(String.class).single())
				.isEqualTo(recordedHash);
			assertThat(second.getBean(AuditTrail.class).verify().isIntact()).isTrue();
		}
	}

	@Test
	void anExternalServerIsUsedWhenItsUrlIsSetAndNodesShareSessions() throws Exception {
		try (var server = EmbeddedPostgres.builder().start()) {
			var url = "--spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres");
			try (var nodeA = start(url, "--spring.datasource.username=postgres");
					var nodeB = start(url, "--spring.datasource.username=postgres")) {
				assertThat(nodeA.getBeansOfType(EmbeddedDatabase.class)).as("no embedded database of its own")
					.isEmpty();
				var migrations = JdbcClient.create(server.getPostgresDatabase())
					.sql("select count(*) from flyway_schema_history where success")
					.query(Integer.class)
					.single();
				assertThat(migrations).isPositive();

				var email = activeAccount(nodeA);
				var session = signIn(port(nodeA), email);
				assertThat(get(port(nodeB), "/organisations", session).body())
					.as("node B knows the session node A began")
					.contains("Sign out")
					.contains("Ada Lovelace");
			}
		}
	}

	private static ConfigurableApplicationContext start(String... arguments) {
		var common = new String[] { "--server.port=0", "--spring.main.banner-mode=off" };
		var all = new String[common.length + arguments.length];
		System.arraycopy(common, 0, all, 0, common.length);
		System.arraycopy(arguments, 0, all, common.length, arguments.length);
		return new SpringApplicationBuilder(OnboardingApplication.class).run(all);
	}

	/**
	 * Signs up and activates through the service, reading the link from the stored email.
	 */
	private static String activeAccount(ConfigurableApplicationContext node) {
		var email = People.uniqueEmail("node");
		var accounts = node.getBean(AccountManagement.class);
		var pending = accounts.startSignUp("Ada", "Lovelace", email, People.PASSWORD);
		accounts.completeSignUp(pending);
		var body = JdbcClient.create(node.getBean(javax.sql.DataSource.class))
			.sql("select body from emails where recipient = ?")
			.param(email)
			.query(String.class)
			.single();
		var token = Pattern.compile("/activate/(\\S+)").matcher(body).results().findFirst().orElseThrow().group(1);
		node.getBean(TransactionTemplate.class).executeWithoutResult(status -> accounts.activate(token));
		return email;
	}

	private static String signIn(int port, String email) throws Exception {
		var page = get(port, "/sign-in", null);
		var cookie = sessionCookie(page);
		var csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(page.body())
			.results()
			.findFirst()
			.orElseThrow()
			.group(1);
		var form = "email=" + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8) + "&password="
				+ java.net.URLEncoder.encode(People.PASSWORD, java.nio.charset.StandardCharsets.UTF_8) + "&_csrf="
				+ csrf;
		var response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in"))
				.header("Cookie", cookie)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), BodyHandlers.ofString());
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/"));
		return sessionCookie(response);
	}

	private static HttpResponse<String> get(int port, String path, String cookie)
			throws IOException, InterruptedException {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html");
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return HttpClient.newHttpClient().send(request.build(), BodyHandlers.ofString());
	}

	private static String sessionCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith("SESSION="))
			.map(cookie -> cookie.substring(0, cookie.indexOf(';')))
			.findFirst()
			.orElseThrow();
	}

	private static int port(ConfigurableApplicationContext node) {
		return ((WebServerApplicationContext) node).getWebServer().getPort();
	}

}
