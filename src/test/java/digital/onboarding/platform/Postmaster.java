package digital.onboarding.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * The PostgreSQL server running on a data folder, driven from outside as an operator (or
 * a crash) would: stopped, killed and started again with the options it had.
 */
final class Postmaster {

	private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

	private final Path dataDirectory;

	private final ProcessHandle process;

	private Postmaster(Path dataDirectory, ProcessHandle process) {
		this.dataDirectory = dataDirectory;
		this.process = process;
	}

	static Postmaster on(Path dataDirectory) throws IOException {
		var pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
		return new Postmaster(dataDirectory, ProcessHandle.of(pid).orElseThrow());
	}

	boolean isRunning() {
		return this.process.isAlive();
	}

	/** Whether the server has ended, or ends within the time given. */
	boolean endsWithin(Duration limit) throws InterruptedException {
		try {
			this.process.onExit().get(limit.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (TimeoutException ex) {
			return false;
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Fast shutdown, as {@code pg_ctl stop -m fast} or a service manager does. */
	void stop() throws Exception {
		run(binary("pg_ctl"), "stop", "-D", this.dataDirectory.toString(), "-m", "fast", "-w");
	}

	/**
	 * Every process of the server killed at once, as an out-of-memory or container kill.
	 */
	void kill() throws Exception {
		this.process.descendants().forEach(ProcessHandle::destroyForcibly);
		this.process.destroyForcibly();
		this.process.onExit().get(10, TimeUnit.SECONDS);
		while (this.process.descendants().anyMatch(ProcessHandle::isAlive)) {
			Thread.sleep(50);
		}
	}

	/**
	 * Starts the server again on the folder, with the command line it last ran with (kept
	 * by PostgreSQL in {@code postmaster.opts}), and waits until it takes connections.
	 */
	static void startAgain(Path dataDirectory, Path log) throws Exception {
		var options = Files.readString(dataDirectory.resolve("postmaster.opts")).strip();
		var command = new ArrayList<String>();
		command.add(options.substring(0, options.indexOf(' ')));
		QUOTED.matcher(options).results().forEach(match -> command.add(match.group(1)));
		var pgCtl = Path.of(command.get(0)).resolveSibling("pg_ctl").toString();
		new ProcessBuilder(asNonRoot(command)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		var deadline = System.currentTimeMillis() + 30_000;
		while (new ProcessBuilder(asNonRoot(List.of(pgCtl, "status", "-D", dataDirectory.toString()))).start()
			.waitFor() != 0 || !Files.readString(dataDirectory.resolve("postmaster.pid")).contains("ready")) {
			if (System.currentTimeMillis() > deadline) {
				throw new IllegalStateException("PostgreSQL did not start again: " + Files.readString(log));
			}
			Thread.sleep(100);
		}
	}

	private String binary(String name) {
		return Path.of(this.process.info().command().orElseThrow()).resolveSibling(name).toString();
	}

	/**
	 * PostgreSQL refuses to run as root; as the embedded database does, it is then run in
	 * a user namespace of its own.
	 */
	private static List<String> asNonRoot(List<String> command) {
		if (!"root".equals(System.getProperty("user.name"))) {
			return command;
		}
		var unshared = new ArrayList<>(List.of("unshare", "-U"));
		unshared.addAll(command);
		return unshared;
	}

	private static void run(String... command) throws Exception {
		var process = new ProcessBuilder(asNonRoot(List.of(command))).redirectErrorStream(true).start();
		var output = new String(process.getInputStream().readAllBytes());
		if (process.waitFor() != 0) {
			throw new IllegalStateException(String.join(" ", command) + ": " + output);
		}
	}

}
