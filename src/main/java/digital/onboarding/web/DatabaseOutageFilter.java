package digital.onboarding.web;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import digital.onboarding.platform.RequestOrigin;
import digital.onboarding.platform.ServiceProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.ITemplateEngine;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 at once, with a {@code Retry-After}, when a request fails because the
 * database cannot be reached: a problem detail for programs, the service's "unavailable"
 * page for browsers. It sits outside the session and security filters, which read the
 * database themselves, and renders without touching it. Connections come back by
 * themselves when the database does.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseOutageFilter extends OncePerRequestFilter {

	/** Seconds a client should wait: a database restart usually takes a few. */
	static final String RETRY_AFTER = "10";

	static final String DETAIL = "The service cannot reach its database just now. Nothing already saved is lost: "
			+ "try again in a few seconds.";

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

	/** Connection failures (class 08) and a server shutting down or starting up. */
	private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03");

	private final ITemplateEngine templates;

	private final ServiceProperties service;

	DatabaseOutageFilter(ITemplateEngine templates, ServiceProperties service) {
		this.templates = templates;
		this.service = service;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!isDatabaseUnavailable(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("Database unavailable; answered 503: {}", rootMessage(ex));
			response.reset();
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
			response.setHeader("X-Request-Id", RequestOrigin.of(request).requestId());
			var page = Browsers.wantPage(request);
			SecurityHeaders.writeTo(response, page);
			if (page) {
				writePage(request, response);
			}
			else {
				ProblemDetails.write(response, HttpStatus.SERVICE_UNAVAILABLE, DETAIL);
			}
		}
	}

	private void writePage(HttpServletRequest request, HttpServletResponse response) throws IOException {
		var context = StandalonePages.context(request.getServletContext(), request, response, this.service.name(),
				RequestOrigin.of(request).requestId());
		response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
		this.templates.process("error/503", context, response.getWriter());
	}

	/**
	 * Whether the failure, wherever it was wrapped, is the database being out of reach.
	 */
	static boolean isDatabaseUnavailable(Throwable failure) {
		for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof CannotCreateTransactionException
					|| cause instanceof DataAccessResourceFailureException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || UNAVAILABLE_STATES.contains(sql.getSQLState()))) {
				return true;
			}
			// A commit or rollback that fails in the driver, not on a constraint (those
			// are translated), failed on a connection the server has just closed.
			if (cause instanceof TransactionSystemException && cause.getCause() instanceof SQLException) {
				return true;
			}
		}
		return false;
	}

	private static String rootMessage(Throwable failure) {
		var root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.toString();
	}

}
