package digital.onboarding.platform;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The service's public identity.
 *
 * @param name the name shown in every page header and email
 * @param baseUrl the address people reach the service at; links in emails start with it
 */
@ConfigurationProperties("onboarding")
public record ServiceProperties(String name, URI baseUrl) {

	/** An absolute link to a path of this service, for emails and printed messages. */
	public String link(String path) {
		var base = this.baseUrl.toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
	}

}
