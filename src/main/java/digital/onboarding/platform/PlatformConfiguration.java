package digital.onboarding.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

	/** One clock for every module, so time-dependent rules are testable. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
