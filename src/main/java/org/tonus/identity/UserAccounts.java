package org.tonus.identity;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tonus.system.Role;

/**
 * Creates and changes user accounts and guards their rules: unique e-mail, a password that passes
 * the {@link PasswordPolicy}, and always at least one active owner. Every change is audited.
 */
@Component
public class UserAccounts {

	public static final int NAME_MAX = 100;

	private final UserRepository users;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	UserAccounts(UserRepository users, PasswordEncoder passwords, AuditLog audit, ApplicationEventPublisher events,
			Clock clock) {
		this.users = users;
		this.passwords = passwords;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	public record NewUser(String email, String name, Set<Role> roles, String password) {
	}

	public boolean anyExist() {
		return users.anyExists();
	}

	public Optional<UserAccount> find(UserId id) {
		return users.find(id);
	}

	public UserAccount get(UserId id) {
		return users.find(id).orElseThrow(UserNotFound::new);
	}

	public List<UserAccount> all() {
		return users.all();
	}

	@Transactional
	public UserAccount create(NewUser request, UserId by) {
		EmailAddress email = new EmailAddress(request.email());
		String name = checkedName(request.name());
		Set<Role> roles = checkedRoles(request.roles());
		PasswordPolicy.check(request.password(), email.value());
		UserAccount account = new UserAccount(UserId.random(), email.value(), name, roles, true, false,
				clock.instant(), null, 0);
		users.insert(account, passwords.encode(request.password()), by, clock.instant());
		audit.record(new AuditEntry("user.create", "user", account.id().toString(), AuditOutcome.SUCCESS,
				"roles " + UserRepository.rolesLiteral(roles)));
		return account;
	}

	@Transactional
	public void rename(UserId id, String newName, UserId by) {
		users.updateName(id, checkedName(newName), by, clock.instant());
		audit.record(AuditEntry.success("user.rename", "user", id));
	}

	@Transactional
	public void changeRoles(UserId id, Set<Role> roles, UserId by) {
		Set<Role> checked = checkedRoles(roles);
		UserAccount before = get(id);
		if (before.isOwner() && !checked.contains(Role.OWNER) && before.active()) {
			requireAnotherOwner(id, by);
		}
		users.updateRoles(id, checked, by, clock.instant());
		audit.record(new AuditEntry("user.change-roles", "user", id.toString(), AuditOutcome.SUCCESS,
				UserRepository.rolesLiteral(before.roles()) + " -> " + UserRepository.rolesLiteral(checked)));
		events.publishEvent(new UserAccessChanged(id));
	}

	@Transactional
	public void deactivate(UserId id, String reason, UserId by) {
		if (reason == null || reason.isBlank() || reason.length() > 200) {
			throw new IllegalArgumentException("A reason of 1 to 200 characters is required");
		}
		UserAccount account = get(id);
		if (!account.active()) {
			return;
		}
		if (account.isOwner()) {
			requireAnotherOwner(id, by);
		}
		users.deactivate(id, reason.strip(), by, clock.instant());
		audit.record(new AuditEntry("user.deactivate", "user", id.toString(), AuditOutcome.SUCCESS, reason.strip()));
		events.publishEvent(new UserAccessChanged(id));
	}

	@Transactional
	public void reactivate(UserId id, UserId by) {
		users.reactivate(id, by, clock.instant());
		audit.record(AuditEntry.success("user.reactivate", "user", id));
	}

	@Transactional
	public void changePassword(UserId id, String currentPassword, String newPassword) {
		UserRepository.Credentials credentials = users.credentials(id).orElseThrow(UserNotFound::new);
		if (currentPassword == null || !passwords.matches(currentPassword, credentials.passwordHash())) {
			audit.record(new AuditEntry("user.change-password", "user", id.toString(), AuditOutcome.FAILURE,
					"current password wrong"));
			throw new PasswordRejected(PasswordRejected.Reason.WRONG_CURRENT_PASSWORD);
		}
		setPassword(id, newPassword, credentials.account().email(), id, "user.change-password");
	}

	/** An owner or the command line sets a new password, for instance when one was forgotten. */
	@Transactional
	public void resetPassword(UserId id, String newPassword, UserId by) {
		setPassword(id, newPassword, get(id).email(), by, "user.reset-password");
		events.publishEvent(new UserAccessChanged(id));
	}

	private void setPassword(UserId id, String newPassword, String email, UserId by, String action) {
		PasswordPolicy.check(newPassword, email);
		users.updatePassword(id, passwords.encode(newPassword), by, clock.instant());
		audit.record(AuditEntry.success(action, "user", id));
	}

	private void requireAnotherOwner(UserId id, UserId by) {
		if (id.equals(by) || users.countActiveOwners() <= 1) {
			throw new LastOwnerRequired();
		}
	}

	private static String checkedName(String name) {
		if (name == null || name.isBlank() || name.strip().length() > NAME_MAX) {
			throw new IllegalArgumentException("A name has 1 to " + NAME_MAX + " characters");
		}
		return name.strip();
	}

	private static Set<Role> checkedRoles(Set<Role> roles) {
		if (roles == null || roles.isEmpty()) {
			throw new IllegalArgumentException("At least one role is required");
		}
		return EnumSet.copyOf(roles);
	}

}
