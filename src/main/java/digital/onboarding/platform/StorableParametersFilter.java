package digital.onboarding.platform;

import java.io.IOException;
import java.util.LinkedHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before any controller runs, a query string or an
 * {@code application/x-www-form-urlencoded} form with text that cannot be stored (see
 * {@link StorableText}): a bad request that names each field, answered by the error page
 * or problem detail for {@code /error}, which finds the refusal in the request attribute
 * {@link UnstorableTextException#ATTRIBUTE}. Checking every parameter here, once, keeps
 * such text from reaching the database through any form, whichever controller reads it.
 * <p>
 * Multipart forms are read as streams by their controllers, so their fields are checked
 * as they are read (see {@link MultipartFormData}), and JSON bodies as they are read by
 * the JSON API. It runs after the character encoding is set, so forms are read as UTF-8.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class StorableParametersFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var errors = new LinkedHashMap<String, String>();
		for (var parameter : request.getParameterMap().entrySet()) {
			var problem = StorableText.problem(parameter.getKey());
			for (var value : parameter.getValue()) {
				problem = problem.or(() -> StorableText.problem(value));
			}
			problem.ifPresent(reason -> errors.put(printable(parameter.getKey()), reason));
		}
		if (!errors.isEmpty()) {
			request.setAttribute(UnstorableTextException.ATTRIBUTE, new UnstorableTextException(errors));
			response.sendError(HttpStatus.BAD_REQUEST.value());
			return;
		}
		chain.doFilter(request, response);
	}

	/** A field's name as it can be shown, even if it cannot be stored itself. */
	private static String printable(String name) {
		var printable = new StringBuilder();
		name.codePoints()
			.map(c -> (c == 0 || c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) ? 0xFFFD : c)
			.forEach(printable::appendCodePoint);
		return printable.toString();
	}

}
