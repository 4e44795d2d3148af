package digital.onboarding.platform;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where the work in progress came from: the request id given to it at the edge and the
 * caller's address. Outside a web request (scheduled jobs, start-up) both are empty.
 *
 * @param requestId the id {@link RequestIdFilter} assigned, also in every log line
 * @param address the caller's IP address
 */
public record RequestOrigin(String requestId, String address) {

	static final String ATTRIBUTE = RequestOrigin.class.getName();

	private static final RequestOrigin NONE = new RequestOrigin(null, null);

	public static RequestOrigin current() {
		return currentRequest().map(RequestOrigin::of).orElse(NONE);
	}

	public static RequestOrigin of(HttpServletRequest request) {
		if (request.getAttribute(ATTRIBUTE) instanceof RequestOrigin origin) {
			return origin;
		}
		var origin = new RequestOrigin(UUID.randomUUID().toString(), request.getRemoteAddr());
		request.setAttribute(ATTRIBUTE, origin);
		return origin;
	}

	private static Optional<HttpServletRequest> currentRequest() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? Optional.of(attributes.getRequest()) : Optional.empty();
	}

}
