package digital.onboarding.support;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A program using the JSON API with a personal access token; no cookies, no CSRF token.
 */
public final class ApiClient {

	private final MockMvc mvc;

	private final String token;

	public ApiClient(MockMvc mvc, String token) {
		this.mvc = mvc;
		this.token = token;
	}

	public MvcResult get(String path) {
		return perform(MockMvcRequestBuilders.get(path));
	}

	public MvcResult post(String path, String json) {
		return perform(MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	public MvcResult put(String path, String json) {
		return perform(MockMvcRequestBuilders.put(path).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	public MvcResult delete(String path) {
		return perform(MockMvcRequestBuilders.delete(path));
	}

	/** Any request, including multipart uploads. */
	public MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request) {
		if (this.token != null) {
			request.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.token);
		}
		try {
			return this.mvc.perform(request.accept(MediaType.APPLICATION_JSON)).andReturn();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
