package org.tonus.identity;

import java.time.Instant;
import java.util.Set;

import org.tonus.system.Role;

/** A person's account as others see it (no secrets). */
public record UserAccount(UserId id, String email, String name, Set<Role> roles, boolean active,
		boolean twoFactorEnabled, Instant createdAt, String deactivationReason, int version) {

	public boolean isStaff() {
		return roles.stream().anyMatch(Role::isStaff);
	}

	public boolean isOwner() {
		return roles.contains(Role.OWNER);
	}

}
