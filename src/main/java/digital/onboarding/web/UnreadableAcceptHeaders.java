package digital.onboarding.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Takes an {@code Accept} header that cannot be read as no header at all: any type, as
 * RFC 9110 (12.5.1) lets a server do. Refusing it would leave no type to answer in, not
 * even for the problem detail that says what went wrong, so the client would get an error
 * without a body.
 */
@Configuration(proxyBeanMethods = false)
class UnreadableAcceptHeaders implements WebMvcConfigurer {

	@Override
	public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
		configurer.strategies(List.of(new HeaderContentNegotiationStrategy() {

			@Override
			public List<MediaType> resolveMediaTypes(NativeWebRequest request)
					throws HttpMediaTypeNotAcceptableException {
				try {
					return super.resolveMediaTypes(request);
				}
				catch (HttpMediaTypeNotAcceptableException ex) {
					return MEDIA_TYPE_ALL_LIST;
				}
			}

		}));
	}

}
