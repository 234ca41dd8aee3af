package org.tonus.identity;

import java.time.Clock;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.tonus.system.ProblemJson;

/**
 * Two filter chains: {@code /api/**} is stateless (HTTP Basic or a personal API token, answers
 * 401/403 as problem details, never redirects); everything else is the browser UI with a
 * session in PostgreSQL, form sign-in and CSRF protection. Which roles may use a page or
 * endpoint is declared on its handler (see {@link org.tonus.system.AllowedRoles}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	// 'self' only: no inline scripts or styles anywhere in Tonus.
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	static final String[] PUBLIC_PATHS = { "/sign-in", "/sign-in/two-factor", "/setup", "/setup/demo", "/session/status", "/css/**",
			"/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/favicon.svg", "/error", "/actuator/health",
			"/actuator/health/**", "/intake/*", "/home-care/*", "/home-care/*/pdf", "/measures/*", "/book", "/book/**", "/calendar/*" };

	@Bean
	static PasswordEncoder passwordEncoder() {
		String current = "argon2";
		return new DelegatingPasswordEncoder(current, Map.of(current, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
	}

	/**
	 * The API documentation (Swagger UI) sets inline styles, so its pages alone allow them. They
	 * show no data: the API itself still needs authentication.
	 */
	@Bean
	@Order(0)
	@ConditionalOnWebApplication
	SecurityFilterChain apiDocumentationPages(HttpSecurity http) throws Exception {
		http.securityMatcher("/api-docs", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY
					.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	@Bean
	@Order(1)
	@ConditionalOnWebApplication
	SecurityFilterChain api(HttpSecurity http, IdentityServices services) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.authenticationProvider(new PasswordAuthentication(services, false))
			.httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::askForCredentials))
			.addFilterBefore(new ApiTokenFilter(services.tokens(), services.audit()), BasicAuthenticationFilter.class)
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint(SecurityConfiguration::askForCredentials)
				.accessDeniedHandler(new AccessDeniedResponses(services.audit(), true)));
		headers(http);
		return http.build();
	}

	@Bean
	@Order(2)
	@ConditionalOnWebApplication
	SecurityFilterChain ui(HttpSecurity http, IdentityServices services, Clock clock) throws Exception {
		SignInHandlers handlers = new SignInHandlers(services.policies(), services.audit(), clock);
		http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PATHS)
			.permitAll()
			.anyRequest()
			.authenticated())
			.authenticationProvider(new PasswordAuthentication(services, true))
			.formLogin(form -> form.loginPage("/sign-in")
				.loginProcessingUrl("/sign-in")
				.successHandler(handlers)
				.failureHandler(handlers)
				.permitAll())
			.logout(logout -> logout.logoutUrl("/sign-out")
				.addLogoutHandler((request, response, authentication) -> {
					if (authentication != null) {
						services.audit().record(AuditEntry.success("sign-out", "user", authentication.getName()));
					}
				})
				.logoutSuccessUrl("/sign-in?signed-out"))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(new SignInEntryPoint())
				.accessDeniedHandler(new AccessDeniedResponses(services.audit(), false)));
		headers(http);
		return http.build();
	}

	private static void askForCredentials(jakarta.servlet.http.HttpServletRequest request,
			jakarta.servlet.http.HttpServletResponse response,
			org.springframework.security.core.AuthenticationException e) throws java.io.IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Tonus\", Bearer realm=\"Tonus\"");
		ProblemJson.write(response, HttpStatus.UNAUTHORIZED,
				"Sign in with HTTP Basic (e-mail and password) or a personal API token.");
	}

	private static void headers(HttpSecurity http) throws Exception {
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions(frame -> frame.deny())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true)));
	}

}
