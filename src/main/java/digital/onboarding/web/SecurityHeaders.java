package digital.onboarding.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers Spring Security gives every answer, for the answers written without it: a
 * request refused before it runs, and a request met by a database outage.
 */
final class SecurityHeaders {

	private SecurityHeaders() {
	}

	static void writeTo(HttpServletResponse response, boolean page) {
		response.setHeader("Content-Security-Policy",
				page ? SecurityConfiguration.CONTENT_SECURITY_POLICY : "default-src 'none'");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "same-origin");
		response.setHeader("Cache-Control", "no-store");
	}

}
