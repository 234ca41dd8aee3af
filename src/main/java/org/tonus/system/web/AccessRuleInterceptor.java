package org.tonus.system.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.tonus.system.AccessRule;
import org.tonus.system.Role;

/**
 * Enforces the {@link AccessRule} of every Tonus handler. Fails closed: a handler that declares no
 * rule is refused to everybody (and {@code AccessRulesTests} names it).
 */
class AccessRuleInterceptor implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method) || !method.getBeanType().getName().startsWith("org.tonus.")) {
			return true;
		}
		AccessRule rule = AccessRule.of(method)
			.orElseThrow(() -> new AccessDeniedException("No access rule declared for this handler"));
		if (rule.kind() == AccessRule.Kind.PUBLIC) {
			return true;
		}
		if (!rule.permits(heldRoles())) {
			throw new AccessDeniedException("Not allowed for the signed-in user's roles");
		}
		return true;
	}

	static Set<Role> heldRoles() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		EnumSet<Role> roles = EnumSet.noneOf(Role.class);
		if (authentication == null || !authentication.isAuthenticated()) {
			return roles;
		}
		for (GrantedAuthority granted : authentication.getAuthorities()) {
			for (Role role : Role.values()) {
				if (role.authority().equals(granted.getAuthority())) {
					roles.add(role);
				}
			}
		}
		return roles;
	}

}
