package org.tonus.identity.cli;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.tonus.identity.AuditActor;
import org.tonus.identity.AuditLog;
import org.tonus.identity.PasswordRejected;
import org.tonus.identity.UserAccount;
import org.tonus.identity.UserAccounts;
import org.tonus.system.AdminCommand;

/** {@code tonus user reset-password --email E [--password-stdin]}: ends the user's sessions too. */
@Component
class UserResetPasswordCommand implements AdminCommand {

	private final UserAccounts accounts;

	private final AuditLog audit;

	UserResetPasswordCommand(UserAccounts accounts, AuditLog audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	@Override
	public String name() {
		return "user reset-password";
	}

	@Override
	public int run(List<String> args, Terminal terminal) {
		try {
			Options options = Options.parse(args, Set.of("email"), Set.of("password-stdin"));
			String email = options.require("email");
			Optional<UserAccount> user = accounts.all().stream().filter(account -> account.email().equalsIgnoreCase(email.strip())).findFirst();
			if (user.isEmpty()) {
				terminal.err().println("tonus user reset-password: no account has this e-mail address");
				return 1;
			}
			String password = PasswordInput.read(options, terminal);
			audit.actingAs(AuditActor.commandLine(), () -> {
				accounts.resetPassword(user.get().id(), password, null);
				return null;
			});
			terminal.out().println("New password set for " + user.get().email() + "; their sessions were ended.");
			return 0;
		}
		catch (IllegalArgumentException | IOException e) {
			terminal.err().println("tonus user reset-password: " + e.getMessage());
			return 2;
		}
		catch (PasswordRejected rejected) {
			terminal.err().println("tonus user reset-password: password not accepted ("
					+ UserCreateCommand.Messages.of(rejected) + ")");
			return 1;
		}
	}

}
