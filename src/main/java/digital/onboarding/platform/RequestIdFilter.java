package digital.onboarding.platform;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id, puts it in the logs and the response, so a person's report
 * can be traced.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var origin = RequestOrigin.of(request);
		response.setHeader("X-Request-Id", origin.requestId());
		MDC.put("requestId", origin.requestId());
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove("requestId");
		}
	}

	/**
	 * The error page or problem detail for a failed request is part of it: it carries,
	 * and logs with, the same id.
	 */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}
