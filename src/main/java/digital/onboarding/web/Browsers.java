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

	static boolean wantPage(HttpServletRequest request) {
		return wantPage(request.getContextPath(), request.getRequestURI(), request.getHeader(HttpHeaders.ACCEPT));
	}

	/**
	 * A page for a browser (one that asks for HTML by name), except under the JSON API,
	 * which has no pages.
	 * @param path the address asked for, with the context path
	 */
	static boolean wantPage(String contextPath, String path, String accept) {
		if (path != null && path.startsWith(contextPath + "/api/")) {
			return false;
		}
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
