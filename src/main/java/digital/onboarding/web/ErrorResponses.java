package digital.onboarding.web;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import digital.onboarding.platform.RequestOrigin;
import digital.onboarding.platform.UnstorableTextException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * Answers every error the servlet container forwards to {@code /error}, in place of
 * Spring Boot's own error controller: a browser gets the error page in the service's
 * layout, and every other client, and anything under {@code /api/}, an RFC 9457 problem
 * detail with the request id. Neither ever shows an exception's message or stack trace:
 * those stay in the log, where the request id finds them. Unexpected exceptions end here
 * too, as a 500.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorResponses implements ErrorController {

	static final String UNSTORABLE_TEXT = "Some of the text sent cannot be stored: errors names each field";

	private static final Logger log = LoggerFactory.getLogger(ErrorResponses.class);

	private final ErrorAttributes errorAttributes;

	private final List<ErrorViewResolver> viewResolvers;

	ErrorResponses(ErrorAttributes errorAttributes, List<ErrorViewResolver> viewResolvers) {
		this.errorAttributes = errorAttributes;
		this.viewResolvers = viewResolvers;
	}

	@RequestMapping
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
		var status = status(request);
		var requestId = RequestOrigin.current().requestId();
		var path = (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) ? uri
				: request.getRequestURI();
		var error = this.errorAttributes.getError(new ServletWebRequest(request));
		if (status.is5xxServerError() && error != null) {
			// The container logged the failure without the request id the person is
			// shown: this line ties the two together.
			log.error("{} {} answered {}: {}", request.getMethod(), path, status.value(), error.toString());
		}
		var unstorable = unstorableText(request, error);
		var page = Browsers.wantPage(request.getContextPath(), path, request.getHeader(HttpHeaders.ACCEPT));
		if (!response.containsHeader("Content-Security-Policy")) {
			// Refused before Spring Security ran (by its firewall, or by Tomcat reading
			// the parameters), and it does not run for the error dispatch.
			SecurityHeaders.writeTo(response, page);
		}
		if (page) {
			return page(request, response, status, unstorable);
		}
		var problem = problem(status, path, requestId);
		unstorable.ifPresent(refusal -> {
			problem.setDetail(UNSTORABLE_TEXT);
			problem.setProperty("errors", refusal.errors());
		});
		var answer = new ModelAndView((View) (model, req, res) -> ProblemDetails.write(res, problem));
		answer.setStatus(status);
		return answer;
	}

	/**
	 * The page for the status, as Spring Boot finds it: error/404, error/4xx or error.
	 */
	private ModelAndView page(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			Optional<UnstorableTextException> unstorable) {
		var model = new HashMap<String, Object>();
		unstorable.ifPresent(refusal -> model.put("fieldProblems", refusal.errors()));
		response.setStatus(status.value());
		for (var resolver : this.viewResolvers) {
			var page = resolver.resolveErrorView(request, status, model);
			if (page != null) {
				return page;
			}
		}
		return new ModelAndView("error", model);
	}

	private static HttpStatus status(HttpServletRequest request) {
		var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		var status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

	/**
	 * Text refused before any controller ran (see the platform's parameter filter), or by
	 * a controller reading a multipart form, wherever it was wrapped.
	 */
	private static Optional<UnstorableTextException> unstorableText(HttpServletRequest request, Throwable error) {
		if (request.getAttribute(UnstorableTextException.ATTRIBUTE) instanceof UnstorableTextException refusal) {
			return Optional.of(refusal);
		}
		for (var cause = error; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof UnstorableTextException refusal) {
				return Optional.of(refusal);
			}
		}
		return Optional.empty();
	}

	/**
	 * The problem detail for an error status: what happened, in words a person can act
	 * on, at which address, with the request id.
	 */
	static ProblemDetail problem(HttpStatusCode status, String path, String requestId) {
		var problem = ProblemDetails.identified(ProblemDetails.of(status, detail(status.value())), requestId);
		instance(path).ifPresent(problem::setInstance);
		return problem;
	}

	/** What happened, for a person to act on, whatever the cause. */
	static String detail(int status) {
		return switch (status) {
			case 400 -> "The service could not understand the request. Check its address, parameters and body, "
					+ "then try again.";
			case 401 -> "Send a personal access token in the Authorization header: Bearer dos_...";
			case 403 -> "You may not do this.";
			case 404 -> "There is nothing at this address. Check that it is correct.";
			case 405 -> "This address does not accept this method. Check the API description.";
			case 406 -> "The service cannot answer in a type the Accept header allows. Accept application/json.";
			case 413 -> "The request is too large.";
			case 414 -> "The address is too long.";
			case 415 -> "The service cannot read a body of this type. Send application/json.";
			case 429 -> "You have tried too many times. Wait, then try again.";
			case 503 -> "The service is unavailable just now. Try again in a few minutes.";
			default -> (status < 500) ? "The request cannot be answered as it is. Check it, then try again."
					: "Sorry, there is a problem with the service. Try again later; if it keeps happening, "
							+ "contact us quoting the request id.";
		};
	}

	/** The address asked for, as the problem's instance, if it is a valid URI at all. */
	private static Optional<URI> instance(String path) {
		try {
			return Optional.ofNullable(path).filter(p -> !p.isEmpty()).map(URI::create);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
