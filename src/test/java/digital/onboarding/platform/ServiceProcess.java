package digital.onboarding.platform;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import digital.onboarding.OnboardingApplication;

/**
 * The service as an operator runs it: a Java process of its own on its embedded default,
 * which can be killed like any process. Its database listens on a known port so a test
 * can look inside.
 */
final class ServiceProcess {

	private final Process process;

	private final int port;

	private final Path log;

	private ServiceProcess(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/** Starts the service on the folders given and waits until it is ready. */
	static ServiceProcess start(Path dataDirectory, int databasePort, Path workDirectory) throws Exception {
		int port = freePort();
		var log = Files.createTempFile(workDirectory, "service-", ".log");
		var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		var command = new ArrayList<>(
				List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
						OnboardingApplication.class.getName(), "--server.port=" + port, "--spring.main.banner-mode=off",
						"--onboarding.radar.cron=-", "--onboarding.embedded-database.data-directory=" + dataDirectory,
						"--onboarding.embedded-database.port=" + databasePort,
						"--onboarding.evidence.folder=" + workDirectory.resolve("evidence")));
		var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		var service = new ServiceProcess(process, port, log);
		service.awaitReady(Duration.ofSeconds(90));
		return service;
	}

	int port() {
		return this.port;
	}

	String log() throws IOException {
		return Files.readString(this.log);
	}

	/** {@code kill -9}: no shutdown hook runs, nothing is closed. */
	void kill() throws Exception {
		this.process.destroyForcibly();
		this.process.waitFor(30, TimeUnit.SECONDS);
	}

	/**
	 * {@code kill} (SIGTERM), as a service manager stops it; waits until it has ended.
	 */
	int terminate() throws Exception {
		this.process.destroy();
		if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
			throw new IllegalStateException("The service did not stop on SIGTERM");
		}
		return this.process.exitValue();
	}

	private void awaitReady(Duration limit) throws Exception {
		var http = HttpClient.newHttpClient();
		var deadline = System.nanoTime() + limit.toNanos();
		var health = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health"))
			.timeout(Duration.ofSeconds(5))
			.build();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The service ended while starting:\n" + log());
			}
			try {
				if (http.send(health, BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			Thread.sleep(200);
		}
		this.process.destroyForcibly();
		throw new IllegalStateException("The service was not ready within " + limit + ":\n" + log());
	}

	static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
