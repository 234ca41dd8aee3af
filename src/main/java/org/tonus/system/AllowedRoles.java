package org.tonus.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may use a page or endpoint. Every handler carries exactly one access rule
 * ({@code @AllowedRoles}, {@link SignedIn} or {@link PublicAccess}) on its method or class;
 * a handler without one is refused for everybody, and a test fails.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface AllowedRoles {

	Role[] value();

}
