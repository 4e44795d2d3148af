package digital.onboarding.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its data when no external database is configured.
 *
 * @param dataDirectory the folder holding the data; blank for a throw-away database
 * (tests)
 * @param port the port to listen on; 0 picks a free one
 * @param durable whether a commit is acknowledged only once it is on disk; {@code false}
 * is faster and can lose the last acknowledged saves in a crash, so it is for development
 * and tests only
 */
@ConfigurationProperties("onboarding.embedded-database")
public record EmbeddedDatabaseProperties(Path dataDirectory, int port, @DefaultValue("true") boolean durable) {

	public boolean isPersistent() {
		return this.dataDirectory != null && !this.dataDirectory.toString().isBlank();
	}

}
