package digital.onboarding.audit;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Lets the service listen on any free port when it is started only to verify the chain,
 * so the command runs beside a node that already listens on the configured port.
 */
class VerificationCommandEnvironment implements EnvironmentPostProcessor {

	static final String SOURCE_NAME = "auditTrailVerification";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty(VerificationCommand.OPTION)) {
			environment.getPropertySources().addFirst(new MapPropertySource(SOURCE_NAME, Map.of("server.port", "0")));
		}
	}

}
