package org.tonus;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.tonus.referral.ReferCommandLine;
import org.tonus.system.cli.CommandLineInterface;

/**
 * Starts the Tonus web application, or runs one command of the {@code tonus} command line
 * ({@code java -jar tonus.jar <command>}) and exits; see {@code spec/cli.md}.
 */
// No generated in-memory user: accounts live in PostgreSQL (identity module).
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
public class TonusApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("refer")) {
			// The engine needs neither Spring nor a database, so it starts in a fraction of a second.
			System.exit(ReferCommandLine.run(args, System.in, System.out, System.err));
		}
		if (CommandLineInterface.isServe(args)) {
			SpringApplication.run(TonusApplication.class, CommandLineInterface.serveArguments(args));
			return;
		}
		System.exit(new CommandLineInterface(TonusApplication.class).run(args));
	}

}
