package digital.onboarding.web;

import java.util.Objects;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

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
						+ "Errors are RFC 9457 problem details. A POST may carry an Idempotency-Key header: sent again "
						+ "with the same key, the same request is answered as the first time and changes nothing."))
			.components(new Components().addSecuritySchemes("accessToken",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").description("dos_…")));
	}

	/** Every POST takes the key {@link IdempotencyKeyFilter} honours. */
	@Bean
	OpenApiCustomizer idempotencyKeyHeader() {
		return api -> api.getPaths()
			.values()
			.stream()
			.map(PathItem::getPost)
			.filter(Objects::nonNull)
			.forEach(post -> post.addParametersItem(new HeaderParameter().name(IdempotencyKeyFilter.HEADER)
				.required(false)
				.description("Any 1 to 255 visible ASCII characters, new for each request. The same request sent "
						+ "again with it within a day gets the first answer and changes nothing; sent with a "
						+ "different request, it is refused (422).")
				.schema(new StringSchema().maxLength(255))));
	}

}
