package org.tonus.identity.cli;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.tonus.identity.AuditActor;
import org.tonus.identity.AuditLog;
import org.tonus.identity.DuplicateEmail;
import org.tonus.identity.EmailAddress;
import org.tonus.identity.PasswordPolicy;
import org.tonus.identity.PasswordRejected;
import org.tonus.identity.UserAccount;
import org.tonus.identity.UserAccounts;
import org.tonus.system.AdminCommand;
import org.tonus.system.Role;

/** {@code tonus user create --email E --name N --roles owner,therapist [--password-stdin]} */
@Component
class UserCreateCommand implements AdminCommand {

	private final UserAccounts accounts;

	private final AuditLog audit;

	UserCreateCommand(UserAccounts accounts, AuditLog audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	@Override
	public String name() {
		return "user create";
	}

	@Override
	public int run(List<String> args, Terminal terminal) {
		try {
			Options options = Options.parse(args, Set.of("email", "name", "roles"), Set.of("password-stdin"));
			Set<Role> roles = roles(options.require("roles"));
			String email = options.require("email");
			String name = options.require("name");
			String password = PasswordInput.read(options, terminal);
			UserAccount created = audit.actingAs(AuditActor.commandLine(),
					() -> accounts.create(new UserAccounts.NewUser(email, name, roles, password), null));
			terminal.out().println("Created " + created.email() + " (" + String.join(", ", roleNames(created.roles())) + ").");
			return 0;
		}
		catch (IllegalArgumentException | IOException e) {
			terminal.err().println("tonus user create: " + message(e));
			return 2;
		}
		catch (DuplicateEmail duplicate) {
			terminal.err().println("tonus user create: an account with this e-mail address already exists");
			return 1;
		}
		catch (PasswordRejected rejected) {
			terminal.err().println("tonus user create: password not accepted (" + Messages.of(rejected) + ")");
			return 1;
		}
	}

	static Set<Role> roles(String list) {
		EnumSet<Role> roles = EnumSet.noneOf(Role.class);
		for (String name : list.split(",")) {
			String wanted = name.strip().toUpperCase().replace('-', '_');
			roles.add(Arrays.stream(Role.values())
				.filter(role -> role.name().equals(wanted))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException(
						"unknown role '" + name.strip() + "'; use owner, therapist, front-desk, billing or client")));
		}
		return roles;
	}

	static List<String> roleNames(Set<Role> roles) {
		return roles.stream().map(role -> role.name().toLowerCase().replace('_', '-')).toList();
	}

	private static String message(Exception e) {
		return e instanceof EmailAddress.InvalidEmailAddress ? "--email is not an e-mail address" : e.getMessage();
	}

	static final class Messages {

		private Messages() {
		}

		static String of(PasswordRejected rejected) {
			return switch (rejected.reason()) {
				case TOO_SHORT -> "use at least " + PasswordPolicy.MIN_LENGTH + " characters";
				case TOO_LONG -> "use at most " + PasswordPolicy.MAX_LENGTH + " characters";
				case CONTAINS_EMAIL -> "must not be built from the e-mail address";
				default -> "too common or too easy to guess";
			};
		}

	}

}
