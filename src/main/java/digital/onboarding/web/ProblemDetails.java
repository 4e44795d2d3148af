package digital.onboarding.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * The RFC 9457 problem details every error of the service is answered with, when the
 * client is not a browser. Each carries the request id (also sent as
 * {@code X-Request-Id}), so a person's report can be matched with the log; none carries
 * an exception's message.
 */
final class ProblemDetails {

	static final String REQUEST_ID_HEADER = "X-Request-Id";

	/** The property that holds the request id. */
	static final String REQUEST_ID = "requestId";

	private static final URI ABOUT_BLANK = URI.create("about:blank");

	private static final JsonMapper JSON = JsonMapper.shared();

	private ProblemDetails() {
	}

	/**
	 * A problem whose type is its status alone, titled with the status's reason phrase.
	 * @param detail what happened, in words the person can act on
	 */
	static ProblemDetail of(HttpStatusCode status, String detail) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(ABOUT_BLANK);
		return problem;
	}

	/** Adds the request id, unless the problem has one or there is none. */
	static ProblemDetail identified(ProblemDetail problem, String requestId) {
		if (requestId != null
				&& (problem.getProperties() == null || !problem.getProperties().containsKey(REQUEST_ID))) {
			problem.setProperty(REQUEST_ID, requestId);
		}
		return problem;
	}

	/** Writes a problem with only a status and a detail, as {@link #write} does. */
	static void write(HttpServletResponse response, HttpStatusCode status, String detail) throws IOException {
		write(response, of(status, detail));
	}

	/**
	 * Writes a problem where no controller is involved, such as a missing token or a
	 * refused address. The request id is the one the response carries in its
	 * {@code X-Request-Id} header.
	 */
	static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		identified(problem, response.getHeader(REQUEST_ID_HEADER));
		response.setStatus(problem.getStatus());
		// JSON is UTF-8 by definition (RFC 8259), which the bytes written are.
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(json(problem).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The problem as JSON: its members in the order RFC 9457 lists them, then the rest.
	 */
	static String json(ProblemDetail problem) {
		var json = new LinkedHashMap<String, Object>();
		json.put("type", problem.getType());
		json.put("title", problem.getTitle());
		json.put("status", problem.getStatus());
		json.put("detail", problem.getDetail());
		if (problem.getInstance() != null) {
			json.put("instance", problem.getInstance());
		}
		if (problem.getProperties() != null) {
			problem.getProperties().forEach(json::putIfAbsent);
		}
		return JSON.writeValueAsString(json);
	}

}
