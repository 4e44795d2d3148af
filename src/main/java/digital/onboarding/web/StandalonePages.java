package digital.onboarding.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * What an error page needs where Spring MVC does not run (a request Tomcat refused, one
 * met by a database outage): the application's context and the layout's two variables,
 * and nothing that reads the database.
 */
final class StandalonePages {

	private StandalonePages() {
	}

	/**
	 * The request may never have been mapped to the application, so it is given the
	 * application's context, and links are rendered without rewriting.
	 */
	static WebContext context(ServletContext application, HttpServletRequest request, HttpServletResponse response,
			String serviceName, String requestId) {
		var mappedRequest = new HttpServletRequestWrapper(request) {

			@Override
			public ServletContext getServletContext() {
				return application;
			}

			@Override
			public String getContextPath() {
				return application.getContextPath();
			}

			@Override
			public String getServletPath() {
				return "";
			}

		};
		var unrewritten = new HttpServletResponseWrapper(response) {

			@Override
			public String encodeURL(String url) {
				return url;
			}

		};
		var exchange = JakartaServletWebApplication.buildApplication(application)
			.buildExchange(mappedRequest, unrewritten);
		return new WebContext(exchange, Locale.UK, Map.of("serviceName", serviceName, "requestId", requestId));
	}

}
