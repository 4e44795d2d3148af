package digital.onboarding.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import digital.onboarding.organisation.AccessTokens;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in a JSON API request by its personal access token
 * ({@code Authorization: Bearer dos_…}). A missing or unknown token leaves the request
 * anonymous, and the API's rules answer 401.
 */
class AccessTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final AccessTokens tokens;

	AccessTokenFilter(AccessTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			this.tokens.authenticate(header.substring(BEARER.length()).strip())
				.ifPresent(caller -> SecurityContextHolder.getContext()
					.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(caller, null, List.of())));
		}
		chain.doFilter(request, response);
	}

}
