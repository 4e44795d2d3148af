package digital.onboarding.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded PostgreSQL and, when it keeps its data, the data folder it holds for as
 * long as the service runs. Closing it always stops the server and lets the folder go.
 */
final class EmbeddedDatabase implements AutoCloseable {

	private final EmbeddedPostgres postgres;

	private final DataFolderLock lock;

	private EmbeddedDatabase(EmbeddedPostgres postgres, DataFolderLock lock) {
		this.postgres = postgres;
		this.lock = lock;
	}

	static EmbeddedDatabase start(EmbeddedDatabaseProperties properties) throws IOException {
		// The context stops the database after everything that uses it; zonky's own
		// shutdown hook would race the context's and leave closing beans waiting for
		// connections that can no longer open.
		var builder = EmbeddedPostgres.builder().setPort(properties.port()).setRegisterShutdownHook(false);
		durability(builder, properties.durable());
		if (!properties.isPersistent()) {
			return new EmbeddedDatabase(builder.start(), null);
		}
		var directory = properties.dataDirectory().toAbsolutePath().normalize();
		Files.createDirectories(directory);
		var lock = DataFolderLock.acquire(directory);
		try {
			OrphanedPostmaster.stopIfRunning(directory);
			return new EmbeddedDatabase(startOn(builder, directory), lock);
		}
		catch (IOException | RuntimeException ex) {
			lock.close();
			throw ex;
		}
	}

	/**
	 * Starts the server on the folder; if starting fails after the server process began
	 * (it did not answer in time, say), that process is stopped rather than left behind.
	 */
	private static EmbeddedPostgres startOn(EmbeddedPostgres.Builder builder, Path directory) throws IOException {
		try {
			return builder.setDataDirectory(directory).setCleanDataDirectory(false).start();
		}
		catch (IOException | RuntimeException ex) {
			OrphanedPostmaster.stopIfRunning(directory);
			throw ex;
		}
	}

	/**
	 * zonky's defaults suit throw-away test databases: it passes {@code -F} (no fsync)
	 * and acknowledges commits before they are written. A later {@code -c fsync=on}
	 * overrides {@code -F}, so a saved answer survives any crash of the service or its
	 * database.
	 */
	private static void durability(EmbeddedPostgres.Builder builder, boolean durable) {
		var setting = durable ? "on" : "off";
		builder.setServerConfig("fsync", setting).setServerConfig("synchronous_commit", setting);
	}

	String jdbcUrl() {
		return this.postgres.getJdbcUrl("postgres", "postgres");
	}

	@Override
	public void close() throws IOException {
		try {
			this.postgres.close();
		}
		finally {
			if (this.lock != null) {
				this.lock.close();
			}
		}
	}

}
