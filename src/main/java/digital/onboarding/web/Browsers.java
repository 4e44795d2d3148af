package digital.onboarding.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Tells a browser, which is answered with pages, from a program, which is answered with
 * problem details.
 */
final class Browsers {

	private Browsers() {
	}

	/** A page for anything but the JSON API, when the client accepts HTML. */
	static boolean wantPage(HttpServletRequest request) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return false;
		}
		var accept = request.getHeader(HttpHeaders.ACCEPT);
		try {
			return accept != null && MediaType.parseMediaTypes(accept)
				.stream()
				.anyMatch(type -> !type.isWildcardType() && type.isCompatibleWith(MediaType.TEXT_HTML));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

}
