package digital.onboarding.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its data when no external database is configured.
 *
 * @param dataDirectory the folder holding the data; blank for a throw-away database
 * (tests)
 * @param port the port to listen on; 0 picks a free one
 */
@ConfigurationProperties("onboarding.embedded-database")
public record EmbeddedDatabaseProperties(Path dataDirectory, int port) {

	public boolean isPersistent() {
		return this.dataDirectory != null && !this.dataDirectory.toString().isBlank();
	}

}
