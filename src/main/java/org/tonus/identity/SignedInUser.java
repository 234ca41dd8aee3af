package org.tonus.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.tonus.system.Role;

/**
 * The principal of a signed-in session. Its name is the user id, not the e-mail address, so the
 * sessions of a user can be found (and ended) even after the address changes.
 */
public record SignedInUser(UserId id, String email, String name, Set<Role> roles) implements UserDetails, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	List<GrantedAuthority> authorities() {
		return List.copyOf(getAuthorities());
	}

	@Override
	public String getPassword() {
		return null;
	}

	@Override
	public String getUsername() {
		return id.toString();
	}

	static SignedInUser of(UserAccount account) {
		return new SignedInUser(account.id(), account.email(), account.name(), Set.copyOf(account.roles()));
	}

}
