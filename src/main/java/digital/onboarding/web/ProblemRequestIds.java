package digital.onboarding.web;

import digital.onboarding.platform.RequestOrigin;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Puts the request id on every problem detail a controller or exception handler answers
 * with, whoever made it: {@link ApiProblems}, a module's own handler or Spring's.
 * Problems written outside Spring MVC get it from {@link ProblemDetails#write}.
 */
@ControllerAdvice
class ProblemRequestIds implements ResponseBodyAdvice<Object> {

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
			Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (body instanceof ProblemDetail problem) {
			ProblemDetails.identified(problem, RequestOrigin.current().requestId());
		}
		return body;
	}

}
