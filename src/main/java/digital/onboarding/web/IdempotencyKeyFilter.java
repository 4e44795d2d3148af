package digital.onboarding.web;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import digital.onboarding.organisation.ApiCaller;
import digital.onboarding.platform.Sha256;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes a JSON API POST sent with an {@code Idempotency-Key} header safe to send again:
 * the first request with a key is carried out and its answer kept for a day; the same
 * request sent again with that key, at once or later, gets the same answer and changes
 * nothing. A repeat that arrives while the first is still in hand waits for its answer.
 * Keys belong to the token that sent them, and a key sent with a different request is
 * refused.
 */
@Component
class IdempotencyKeyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");

	/** JSON requests are small; files go by multipart and are not held in memory. */
	private static final int MAX_JSON_BODY = 2 * 1024 * 1024;

	private static final long WAIT_POLL_MILLIS = 50;

	private static final long WAIT_LIMIT_MILLIS = 60_000;

	private final IdempotencyKeys keys;

	IdempotencyKeyFilter(IdempotencyKeys keys) {
		this.keys = keys;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !HttpMethod.POST.matches(request.getMethod()) || request.getHeader(HEADER) == null
				|| !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var key = request.getHeader(HEADER);
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof ApiCaller caller)) {
			// Refused further on for want of a token: there is nothing to keep.
			chain.doFilter(request, response);
			return;
		}
		if (!VALID_KEY.matcher(key).matches()) {
			ProblemDetails.write(response, HttpStatus.BAD_REQUEST,
					"The Idempotency-Key header must be 1 to 255 visible ASCII characters");
			return;
		}
		var body = BufferedBodyRequest.of(request, MAX_JSON_BODY);
		if (body.isEmpty()) {
			ProblemDetails.write(response, HttpStatus.CONTENT_TOO_LARGE,
					"A request sent with an Idempotency-Key may carry at most 2 MB of JSON");
			return;
		}
		var fingerprint = fingerprint(body.get());
		var tokenId = caller.tokenId();
		long waitedUntil = System.currentTimeMillis() + WAIT_LIMIT_MILLIS;
		this.keys.releaseIfStale(tokenId, key);
		while (true) {
			if (this.keys.claim(tokenId, key, fingerprint)) {
				carryOut(body.get(), response, chain, tokenId, key);
				return;
			}
			var kept = this.keys.find(tokenId, key);
			if (kept.isEmpty()) {
				continue;
			}
			if (!kept.get().fingerprint().equals(fingerprint)) {
				ProblemDetails.write(response, HttpStatus.UNPROCESSABLE_CONTENT,
						"This Idempotency-Key was sent with a different request; use a new key for a new request");
				return;
			}
			if (kept.get().answered()) {
				replay(kept.get(), response);
				return;
			}
			if (System.currentTimeMillis() > waitedUntil) {
				ProblemDetails.write(response, HttpStatus.CONFLICT,
						"A request with this Idempotency-Key is still being carried out; send it again shortly");
				return;
			}
			pause();
		}
	}

	private void carryOut(BufferedBodyRequest request, HttpServletResponse response, FilterChain chain, UUID tokenId,
			String key) throws IOException, ServletException {
		var captured = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, captured);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			this.keys.release(tokenId, key);
			throw ex;
		}
		if (captured.getStatus() >= 500) {
			// Nothing was done, or what was done may be tried again: the key is free.
			this.keys.release(tokenId, key);
		}
		else {
			this.keys.answer(tokenId, key, captured.getStatus(), captured.getContentType(),
					captured.getHeader(HttpHeaders.LOCATION), captured.getContentAsByteArray());
		}
		captured.copyBodyToResponse();
	}

	private static void replay(IdempotencyKeys.Kept kept, HttpServletResponse response) throws IOException {
		response.setStatus(kept.status());
		response.setHeader("Idempotent-Replayed", "true");
		if (kept.contentType() != null) {
			response.setContentType(kept.contentType());
		}
		if (kept.location() != null) {
			response.setHeader(HttpHeaders.LOCATION, kept.location());
		}
		if (kept.body() != null) {
			response.setContentLength(kept.body().length);
			response.getOutputStream().write(kept.body());
		}
	}

	/**
	 * The method, address, content type and body: what must be the same for a request to
	 * count as the same. A multipart body is a file streamed to the store, so its type
	 * (without the boundary, which differs each time) and length stand for it.
	 */
	private static String fingerprint(BufferedBodyRequest request) {
		var contentType = String.valueOf(request.getContentType()).split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
		var described = request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n"
				+ contentType + " " + request.getContentLengthLong() + "\n";
		return Sha256.hex(described) + Sha256.hex(request.body());
	}

	private static void pause() throws ServletException {
		try {
			Thread.sleep(WAIT_POLL_MILLIS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ServletException("Interrupted while waiting for an earlier request with the same key", ex);
		}
	}

}
