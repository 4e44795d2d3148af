package digital.onboarding.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * One person with one browser: keeps the cookies the service sets (so the session, held
 * by Spring Session, carries over), comes from an IP address of its own, and posts forms
 * with a CSRF token.
 */
public final class Visitor {

	private final MockMvc mvc;

	private final String address;

	/** Starts anywhere, so a run on a kept database does not reuse the last run's. */
	private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(ThreadLocalRandom.current().nextInt(256 * 254));

	private final Map<String, Cookie> cookies = new LinkedHashMap<>();

	public Visitor(MockMvc mvc) {
		this(mvc, freshAddress());
	}

	public Visitor(MockMvc mvc, String address) {
		this.mvc = mvc;
		this.address = address;
	}

	/**
	 * A documentation-range address no other visitor of this run has, so rate limits stay
	 * apart. Drawn at random they were shared often enough, among a run's thousands of
	 * sign-ups, to trip a limit now and then.
	 */
	public static String freshAddress() {
		int next = NEXT_ADDRESS.getAndIncrement() % (256 * 254);
		return "198.51." + (next / 254) + "." + (next % 254 + 1);
	}

	public MvcResult get(String path) {
		return perform(MockMvcRequestBuilders.get(path));
	}

	/** Posts a form with its CSRF token; fields come as name, value, name, value… */
	public MvcResult post(String path, String... fields) {
		return perform(withFields(MockMvcRequestBuilders.post(path), fields).with(csrf()));
	}

	/** Posts a form the way a forged cross-site request would: without the CSRF token. */
	public MvcResult postWithoutCsrfToken(String path, String... fields) {
		return perform(withFields(MockMvcRequestBuilders.post(path), fields));
	}

	/** The text of the page at a path. */
	public String page(String path) {
		return text(get(path));
	}

	public boolean isSignedIn() {
		return page("/organisations").contains("Sign out");
	}

	/** The text of a response. */
	public static String text(MvcResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request) {
		request.with(servletRequest -> {
			servletRequest.setRemoteAddr(this.address);
			return servletRequest;
		});
		if (!this.cookies.isEmpty()) {
			request.cookie(this.cookies.values().toArray(Cookie[]::new));
		}
		try {
			var result = this.mvc.perform(request).andReturn();
			for (var cookie : result.getResponse().getCookies()) {
				if (cookie.getMaxAge() == 0) {
					this.cookies.remove(cookie.getName());
				}
				else {
					this.cookies.put(cookie.getName(), cookie);
				}
			}
			return result;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static MockHttpServletRequestBuilder withFields(MockHttpServletRequestBuilder request, String... fields) {
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return request;
	}

}
