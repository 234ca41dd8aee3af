package org.tonus.system;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/** The access rule declared on a handler method, read from its method or, failing that, its class. */
public record AccessRule(Kind kind, Set<Role> roles) {

	public enum Kind {

		PUBLIC, SIGNED_IN, ROLES

	}

	public static Optional<AccessRule> of(HandlerMethod handler) {
		return onElement(handler.getMethod()).or(() -> onElement(handler.getBeanType()));
	}

	private static Optional<AccessRule> onElement(java.lang.reflect.AnnotatedElement element) {
		if (AnnotatedElementUtils.hasAnnotation(element, PublicAccess.class)) {
			return Optional.of(new AccessRule(Kind.PUBLIC, EnumSet.noneOf(Role.class)));
		}
		if (AnnotatedElementUtils.hasAnnotation(element, SignedIn.class)) {
			return Optional.of(new AccessRule(Kind.SIGNED_IN, EnumSet.allOf(Role.class)));
		}
		AllowedRoles allowed = AnnotatedElementUtils.findMergedAnnotation(element, AllowedRoles.class);
		if (allowed != null) {
			EnumSet<Role> roles = EnumSet.noneOf(Role.class);
			roles.addAll(Arrays.asList(allowed.value()));
			return Optional.of(new AccessRule(Kind.ROLES, roles));
		}
		return Optional.empty();
	}

	public boolean permits(Set<Role> held) {
		return switch (kind) {
			case PUBLIC -> true;
			case SIGNED_IN -> !held.isEmpty();
			case ROLES -> held.stream().anyMatch(roles::contains);
		};
	}

}
