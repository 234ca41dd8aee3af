package org.tonus.system;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.util.List;

/**
 * One admin command of the {@code tonus} command line, run inside the application context (without
 * the web server) against the same database as the server. Its name ({@code "user create"}) and
 * help text are also listed in {@link org.tonus.system.cli.CommandLineInterface}, so {@code --help}
 * works without starting anything.
 */
public interface AdminCommand {

	String name();

	/** @return the exit status: 0 for success, 1 for a failure the user should know about, 2 for bad usage */
	int run(List<String> args, Terminal terminal);

	record Terminal(BufferedReader in, PrintStream out, PrintStream err) {

		/** Reads a secret without echo when a console is attached, else one line of standard input. */
		public String readSecret(String prompt) throws java.io.IOException {
			java.io.Console console = System.console();
			if (console != null) {
				char[] secret = console.readPassword("%s", prompt);
				return secret == null ? null : new String(secret);
			}
			return in.readLine();
		}

	}

}
