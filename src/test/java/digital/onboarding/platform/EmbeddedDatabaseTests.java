package digital.onboarding.platform;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import digital.onboarding.OnboardingApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded database on its default: what it acknowledges is on disk, its data folder
 * belongs to one service at a time, and a start that fails leaves no server behind. What
 * a crash leaves behind is shown with real processes in {@code CrashRecoveryTests}.
 */
class EmbeddedDatabaseTests {

	@TempDir
	Path dataDirectory;

	@Test
	void aCommitIsAcknowledgedOnlyOnceItIsOnDisk() {
		try (var service = start()) {
			var jdbc = service.getBean(JdbcClient.class);
			assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
			assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
			assertThat(jdbc.sql("show full_page_writes").query(String.class).single()).isEqualTo("on");
		}
	}

	@Test
	void aSecondServiceOnTheSameDataFolderIsRefusedAndTheFirstCarriesOn() {
		try (var first = start()) {
			assertThatThrownBy(this::start).hasRootCauseInstanceOf(IllegalStateException.class)
				.rootCause()
				.hasMessageContaining("Another running service uses the data folder")
				.hasMessageContaining("onboarding.embedded-database.data-directory");
			assertThat(first.getBean(JdbcClient.class).sql("select 1").query(Integer.class).single()).isEqualTo(1);
		}
	}

	@Test
	void aStartThatFailsStopsItsDatabaseAndLetsTheFolderGo() throws Exception {
		try (var taken = new ServerSocket(0)) {
			assertThatThrownBy(() -> start("--server.port=" + taken.getLocalPort()))
				.as("the web server cannot listen, after the database has started")
				.isNotNull();
		}
		assertThat(Files.exists(this.dataDirectory.resolve("postmaster.pid"))).as("the server was stopped").isFalse();
		try (var again = start()) {
			assertThat(again.getBean(JdbcClient.class)
				.sql("select count(*) from flyway_schema_history")
				.query(Integer.class)
				.single()).isPositive();
		}
	}

	private ConfigurableApplicationContext start(String... arguments) {
		var common = new String[] { "--server.port=0", "--spring.main.banner-mode=off",
				"--onboarding.embedded-database.data-directory=" + this.dataDirectory };
		var all = new String[common.length + arguments.length];
		System.arraycopy(common, 0, all, 0, common.length);
		System.arraycopy(arguments, 0, all, common.length, arguments.length);
		return new SpringApplicationBuilder(OnboardingApplication.class).run(all);
	}

}
