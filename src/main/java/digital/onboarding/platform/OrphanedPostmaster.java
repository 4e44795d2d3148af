package digital.onboarding.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded PostgreSQL still running on a data folder after the service that started it
 * has gone, as a {@code kill -9} of the service leaves it: PostgreSQL runs as a process
 * of its own and outlives its parent. Found through the {@code postmaster.pid} file it
 * keeps in the folder, and stopped the way PostgreSQL is meant to be stopped, so that the
 * next start does not fail on that file.
 */
final class OrphanedPostmaster {

	private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

	/**
	 * Long enough for a shutdown checkpoint; the crashed service's connections are
	 * already closed by the operating system, so nothing else is waited for.
	 */
	private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(60);

	private final ProcessHandle process;

	private OrphanedPostmaster(ProcessHandle process) {
		this.process = process;
	}

	/**
	 * The PostgreSQL server running on the folder, if any. Call it only while holding the
	 * folder's {@link DataFolderLock}: then no live service owns that server.
	 */
	private static Optional<OrphanedPostmaster> find(Path dataDirectory) throws IOException {
		var pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		var lines = Files.readAllLines(pidFile);
		if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
			return Optional.empty();
		}
		// A stale file whose process id now belongs to another program is left to
		// PostgreSQL, which checks that when it starts.
		return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
			.filter(ProcessHandle::isAlive)
			.filter(process -> isPostgresOn(process, dataDirectory))
			.map(OrphanedPostmaster::new);
	}

	private static boolean isPostgresOn(ProcessHandle process, Path dataDirectory) {
		var info = process.info();
		var command = info.command().map(Path::of).map(Path::getFileName).map(Path::toString).orElse("");
		var folder = dataDirectory.toAbsolutePath().normalize().toString();
		return command.equals("postgres")
				&& info.arguments().map(arguments -> Arrays.asList(arguments).contains(folder)).orElse(false);
	}

	/**
	 * Stops the server running on the folder, if there is one. Call it only while holding
	 * the folder's {@link DataFolderLock}.
	 */
	static void stopIfRunning(Path dataDirectory) throws IOException {
		var orphan = find(dataDirectory);
		if (orphan.isPresent()) {
			orphan.get().stop();
		}
	}

	long pid() {
		return this.process.pid();
	}

	/**
	 * Asks the server to shut down (SIGTERM: it finishes what is in hand and writes a
	 * checkpoint) and waits until it has.
	 * @throws IllegalStateException if it is still running after the wait
	 */
	void stop() {
		log.warn("An embedded PostgreSQL (process {}) was left running by a service that ended without stopping it; "
				+ "stopping it before starting a new one", pid());
		this.process.destroy();
		try {
			this.process.onExit().get(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (TimeoutException | ExecutionException ex) {
			throw new IllegalStateException("The embedded PostgreSQL left running as process " + pid()
					+ " did not stop within " + SHUTDOWN_WAIT.toSeconds() + " seconds; stop it and start again", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while stopping process " + pid(), ex);
		}
	}

}
