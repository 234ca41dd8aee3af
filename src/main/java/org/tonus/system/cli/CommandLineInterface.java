package org.tonus.system.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.tonus.system.AdminCommand;
import org.tonus.system.database.DataDirectoryInUse;
import org.tonus.system.database.EmbeddedDatabase;

/**
 * Dispatches {@code java -jar tonus.jar <command>} (see {@code spec/cli.md}). Help is printed
 * without starting anything; admin commands start the application without its web server, on the
 * same data directory or database as the server.
 */
public final class CommandLineInterface {

	/** Admin commands and their one-line summaries; each has a help file {@code cli/<name-with-dashes>.txt}. */
	static final Map<String, String> ADMIN_COMMANDS = new LinkedHashMap<>();

	static {
		ADMIN_COMMANDS.put("user create", "create a user account (for example the first owner)");
		ADMIN_COMMANDS.put("user reset-password", "set a new password for a user who forgot theirs");
		ADMIN_COMMANDS.put("audit verify", "check that the audit log's hash chain is intact");
	}

	private final Class<?> application;

	private final InputStream in;

	private final PrintStream out;

	private final PrintStream err;

	public CommandLineInterface(Class<?> application) {
		this(application, System.in, System.out, System.err);
	}

	CommandLineInterface(Class<?> application, InputStream in, PrintStream out, PrintStream err) {
		this.application = application;
		this.in = in;
		this.out = out;
		this.err = err;
	}

	public static boolean isServe(String[] args) {
		return args.length == 0 || args[0].equals("serve") || args[0].startsWith("-") && !isHelp(args[0]);
	}

	public static String[] serveArguments(String[] args) {
		return args.length > 0 && args[0].equals("serve") ? Arrays.copyOfRange(args, 1, args.length) : args;
	}

	public int run(String[] args) {
		if (isHelp(args[0]) || args[0].equals("help")) {
			printUsage(out);
			return 0;
		}
		Optional<String> command = match(args);
		if (command.isEmpty()) {
			err.println("tonus: unknown command '" + String.join(" ", args) + "'");
			printUsage(err);
			return 2;
		}
		int words = command.get().split(" ").length;
		List<String> rest = List.of(args).subList(words, args.length);
		if (rest.stream().anyMatch(CommandLineInterface::isHelp)) {
			out.print(help(command.get()));
			return 0;
		}
		return runInApplication(command.get(), rest);
	}

	private int runInApplication(String name, List<String> args) {
		if (embeddedDatabaseInUse()) {
			err.println("tonus: a Tonus server is running on this data directory. Stop it first, or make this change "
					+ "in the web UI (admin commands and the server cannot share the embedded database).");
			return 3;
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.properties("logging.level.root=WARN", "tonus.cli=true")
			.run()) {
			AdminCommand command = context.getBeansOfType(AdminCommand.class)
				.values()
				.stream()
				.filter(candidate -> candidate.name().equals(name))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No implementation for " + name));
			var terminal = new AdminCommand.Terminal(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
					out, err);
			return command.run(args, terminal);
		}
		catch (RuntimeException e) {
			if (causedBy(e, DataDirectoryInUse.class)) {
				err.println("tonus: the data directory is in use by a running Tonus process. Stop it first.");
				return 3;
			}
			err.println("tonus: " + name + " failed: " + e.getClass().getSimpleName()
					+ ". Check the database settings (TONUS_DATA_DIR or TONUS_DB_URL).");
			return 1;
		}
	}

	private static boolean embeddedDatabaseInUse() {
		if (setting("TONUS_DB_URL", "spring.datasource.url").isPresent()) {
			return false;
		}
		try {
			return EmbeddedDatabase.isInUse(Path.of(setting("TONUS_DATA_DIR", "tonus.data-dir").orElse("./data")));
		}
		catch (IOException e) {
			return false;
		}
	}

	private static Optional<String> setting(String variable, String property) {
		String value = System.getProperty(property, System.getenv(variable));
		return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
	}

	private static Optional<String> match(String[] args) {
		return ADMIN_COMMANDS.keySet().stream().filter(name -> {
			String[] words = name.split(" ");
			return args.length >= words.length && Arrays.equals(words, Arrays.copyOfRange(args, 0, words.length));
		}).findFirst();
	}

	static String help(String command) {
		String file = "/cli/" + command.replace(' ', '-') + ".txt";
		try (InputStream text = CommandLineInterface.class.getResourceAsStream(file)) {
			return new String(text.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException | NullPointerException e) {
			return "tonus " + command + ": " + ADMIN_COMMANDS.get(command) + "\n";
		}
	}

	private static void printUsage(PrintStream stream) {
		stream.println("Usage: java -jar tonus.jar [serve | <command> [options]]");
		stream.println();
		stream.println("Without a command (or with 'serve'), Tonus starts its web application.");
		stream.println();
		stream.println("Commands:");
		stream.printf("  %-22s %s%n", "refer", "rank the muscles that refer pain to drawings (JSON Lines in and out)");
		ADMIN_COMMANDS.forEach((name, summary) -> stream.printf("  %-22s %s%n", name, summary));
		stream.println();
		stream.println("Each command prints its options with --help.");
	}

	private static boolean isHelp(String arg) {
		return arg.equals("--help") || arg.equals("-h");
	}

	private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

}
