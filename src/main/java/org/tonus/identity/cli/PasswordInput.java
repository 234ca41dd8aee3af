package org.tonus.identity.cli;

import java.io.IOException;

import org.tonus.system.AdminCommand;

/**
 * Reads a new password: from standard input with {@code --password-stdin} (for scripts), else by
 * asking twice on the console. Never from the command line, where it would end up in shell history.
 */
final class PasswordInput {

	private PasswordInput() {
	}

	static String read(Options options, AdminCommand.Terminal terminal) throws IOException {
		if (options.has("password-stdin")) {
			String line = terminal.in().readLine();
			if (line == null || line.isEmpty()) {
				throw new IllegalArgumentException("no password on standard input");
			}
			return line;
		}
		if (System.console() == null) {
			throw new IllegalArgumentException("no console to ask for the password; use --password-stdin");
		}
		String first = terminal.readSecret("New password: ");
		String second = terminal.readSecret("Repeat the password: ");
		if (first == null || !first.equals(second)) {
			throw new IllegalArgumentException("the two passwords differ");
		}
		return first;
	}

}
