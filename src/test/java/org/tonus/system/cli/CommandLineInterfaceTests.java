package org.tonus.system.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonus.TonusApplication;
import org.tonus.system.database.EmbeddedDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin commands, run as {@code java -jar tonus.jar ...} would run them, on a data directory of their own. */
class CommandLineInterfaceTests {

	@TempDir
	static Path data;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void useTheTemporaryDataDirectory() {
		System.setProperty("tonus.data-dir", data.toString());
	}

	@AfterEach
	void forgetIt() {
		System.clearProperty("tonus.data-dir");
	}

	@Test
	void printsUsageAndHelpWithoutStartingAnything() {
		assertThat(run("", "--help")).isZero();
		assertThat(out.toString()).contains("user create", "user reset-password", "audit verify");
		assertThat(run("", "user", "create", "--help")).isZero();
		assertThat(out.toString()).contains("--password-stdin", "--roles");
		assertThat(run("", "frobnicate")).isEqualTo(2);
		assertThat(err.toString()).contains("unknown command 'frobnicate'");
	}

	@Test
	void createsAUserResetsTheirPasswordAndVerifiesTheAuditLog() {
		int created = run("first-passphrase-for-cli\n", "user", "create", "--email", "cli.owner@tonus.test", "--name",
				"Cleo Owner", "--roles", "owner,therapist", "--password-stdin");
		assertThat(created).as(err.toString()).isZero();
		assertThat(out.toString()).contains("Created cli.owner@tonus.test (owner, therapist)");

		assertThat(run("weak\n", "user", "reset-password", "--email", "cli.owner@tonus.test", "--password-stdin"))
			.isEqualTo(1);
		assertThat(err.toString()).contains("at least 12 characters");
		assertThat(run("second-passphrase-for-cli\n", "user", "reset-password", "--email", "cli.owner@tonus.test",
				"--password-stdin")).isZero();

		assertThat(run("", "user", "create", "--email", "x@tonus.test", "--roles", "wizard", "--name", "X")).isEqualTo(2);
		assertThat(err.toString()).contains("unknown role 'wizard'");

		assertThat(run("", "audit", "verify")).isZero();
		assertThat(out.toString()).contains("Audit log intact");
	}

	@Test
	void refusesWhileAServerHoldsTheEmbeddedDatabase() throws Exception {
		try (EmbeddedDatabase running = EmbeddedDatabase.start(data, 0)) {
			assertThat(run("", "audit", "verify")).isEqualTo(3);
			assertThat(err.toString()).contains("server is running on this data directory");
		}
	}

	private int run(String stdin, String... args) {
		out.reset();
		err.reset();
		return new CommandLineInterface(TonusApplication.class, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
			.run(args);
	}

}
