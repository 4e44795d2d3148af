package digital.onboarding.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the JSON API describes itself at {@code /v3/api-docs} and on the docs page.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI onboardingApi() {
		return new OpenAPI()
			.info(new Info().title("Digital Onboarding Service API")
				.version("v1")
				.description("Everything an organisation does in the service, for its own tools. Create a personal "
						+ "access token on the organisation's API access tokens page and send it as a bearer token. "
						+ "Errors are RFC 9457 problem details."))
			.components(new Components().addSecuritySchemes("accessToken",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").description("dos_…")));
	}

}
