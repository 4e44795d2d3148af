package digital.onboarding.web;

import java.io.IOException;
import java.util.function.Supplier;

import jakarta.servlet.ServletContext;

import digital.onboarding.platform.RequestOrigin;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.thymeleaf.ITemplateEngine;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;

/**
 * Tomcat's error report, for the errors Tomcat answers itself: requests it refuses before
 * the application sees them (an encoded slash or backslash, {@code %00}, a malformed
 * escape or UTF-8 in the address, a request line it cannot read) and any error left
 * without a body. They get what the application's own errors get from
 * {@link ErrorResponses}, never Tomcat's page: a problem detail, or for a browser the
 * service's error page. The refusals stay Tomcat's; only their answer changes.
 */
class RefusedRequestReportValve extends ErrorReportValve {

	private static final Logger log = LoggerFactory.getLogger(RefusedRequestReportValve.class);

	private final Supplier<ITemplateEngine> templates;

	private final String serviceName;

	/** The application's, as a refused request was never given to it. */
	private final ServletContext servletContext;

	RefusedRequestReportValve(Supplier<ITemplateEngine> templates, String serviceName, ServletContext servletContext) {
		this.templates = templates;
		this.serviceName = serviceName;
		this.servletContext = servletContext;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		// As Tomcat's own: only an error, reported once, with nothing written yet.
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		var requestId = RequestOrigin.of(request).requestId();
		var path = request.getRequestURI();
		try (var logged = MDC.putCloseable("requestId", requestId)) {
			log.info("Refused {} {}: {}", request.getMethod(), path, status);
		}
		try {
			response.setHeader(ProblemDetails.REQUEST_ID_HEADER, requestId);
			response.setCharacterEncoding("UTF-8");
			var writer = response.getReporter();
			if (writer == null) {
				return;
			}
			var page = Browsers.wantPage(this.servletContext.getContextPath(), path,
					request.getHeader(HttpHeaders.ACCEPT));
			SecurityHeaders.writeTo(response, page);
			if (page) {
				response.setContentType(MediaType.TEXT_HTML_VALUE);
				this.templates.get()
					.process(template(status), StandalonePages.context(this.servletContext, request, response,
							this.serviceName, requestId), writer);
			}
			else {
				var problem = ErrorResponses.problem(HttpStatusCode.valueOf(status), path, requestId);
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				writer.write(ProblemDetails.json(problem));
			}
			writer.flush();
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not answer refused request {}", requestId, ex);
		}
	}

	private static String template(int status) {
		var specific = "error/" + status;
		return new ClassPathResource("templates/" + specific + ".html").exists() ? specific : "error";
	}

}
