package digital.onboarding.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import digital.onboarding.account.SignInThrottledException;
import digital.onboarding.organisation.AccessTokens;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Who may open what. Everything needs a signed-in person unless it is listed as public
 * here, and every form carries a CSRF token.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** The parts of the JSON API anyone may read. */
	static final String[] PUBLIC_API = { "/api/v1/apis", "/api/v1/apis/**", "/api/v1/programmes/**",
			"/api/v1/certificates/*", "/api/v1/register" };

	/**
	 * Only this service's own scripts, styles and images; the NHS fonts come from their
	 * own host.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self' https://assets.nhs.uk; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * The JSON API answers only to personal access tokens: it keeps no session and reads
	 * no cookie, so no request can be forged from another site and it needs no CSRF
	 * token.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, AccessTokens tokens) {
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, PUBLIC_API)
				.permitAll()
				.anyRequest()
				.authenticated())
			.addFilterBefore(new AccessTokenFilter(tokens), AnonymousAuthenticationFilter.class)
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(
					context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.disable())
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint(
						(request, response, ex) -> ProblemDetails.write(response, HttpStatus.UNAUTHORIZED,
								"Send a personal access token in the Authorization header: Bearer dos_..."))
				.accessDeniedHandler((request, response, ex) -> ProblemDetails.write(response, HttpStatus.FORBIDDEN,
						"This token may not do this")))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain securityFilterChain(HttpSecurity http) {
		return http
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/", "/terms-of-use", "/create-account/**", "/activate/**", "/sign-in", "/signed-out",
						"/password-reset/**", "/setup/administrator/**")
				.permitAll()
				.requestMatchers("/apis", "/apis/**")
				.permitAll()
				// Anyone may check a certificate and read the register.
				.requestMatchers(HttpMethod.GET, "/certificates/*", "/.well-known/jwks.json", "/register")
				.permitAll()
				// Responding gateways fetch the environments' root certificates for their
				// trust stores.
				.requestMatchers(HttpMethod.GET, "/environments/*/root-certificate.pem")
				.permitAll()
				// The link in an invitation email shows what it is for; accepting needs
				// the invitee signed in.
				.requestMatchers(HttpMethod.GET, "/invitations/*")
				.permitAll()
				// A legal signatory reads and accepts the agreement, and downloads the
				// copy,
				// through emailed links alone: they may have no account.
				.requestMatchers("/agreements/*", "/agreements/copies/*", "/acceptable-use/*",
						"/acceptable-use/copies/*")
				.permitAll()
				.requestMatchers("/assets/**", "/nhsuk/**", "/js/**", "/css/**", "/favicon.ico", "/error")
				.permitAll()
				.requestMatchers("/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
				.permitAll()
				.requestMatchers("/admin/**")
				.hasRole("ADMINISTRATOR")
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/sign-in")
				.usernameParameter("email")
				.passwordParameter("password")
				.failureHandler(new SignInFailureHandler()))
			.logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/signed-out"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			.build();
	}

	/**
	 * Sends the person back to the sign-in page with the email address they typed and a
	 * reason that gives nothing away about whether the address has an account.
	 */
	private static final class SignInFailureHandler implements AuthenticationFailureHandler {

		/**
		 * The same store the DispatcherServlet reads flash attributes from; this runs
		 * before it.
		 */
		private final FlashMapManager flashMaps = new SessionFlashMapManager();

		@Override
		public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException {
			var reason = (exception instanceof SignInThrottledException) ? "throttled"
					: (exception instanceof DisabledException) ? "inactive" : "invalid";
			var flash = new FlashMap();
			flash.put("email", request.getParameter("email"));
			flash.put("failure", reason);
			flash.setTargetRequestPath(request.getContextPath() + "/sign-in");
			this.flashMaps.saveOutputFlashMap(flash, request, response);
			response.sendRedirect(request.getContextPath() + "/sign-in");
		}

	}

}
