package org.tonus.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * When the clinic requires two-factor sign-in for staff, a staff member without it is sent to
 * set it up before any other page (they may still sign out). Only pages are gated: static
 * resources (style sheets, scripts, images) are served as usual, so the set-up page is styled.
 */
@Configuration(proxyBeanMethods = false)
class TwoFactorEnrolmentGate implements WebMvcConfigurer, HandlerInterceptor {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this)
			.excludePathPatterns("/account/two-factor", "/sign-in/**", "/sign-out", "/session/**", "/error", "/api/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws java.io.IOException {
		if (!(handler instanceof HandlerMethod)) {
			return true;
		}
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (SignInHandlers.hasAuthority(authentication, PasswordAuthentication.TWO_FACTOR_ENROLMENT_REQUIRED)) {
			response.sendRedirect(request.getContextPath() + "/account/two-factor");
			return false;
		}
		return true;
	}

}
