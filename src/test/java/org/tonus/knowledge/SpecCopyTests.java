package org.tonus.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the team's shared contracts are checked out next to the project, the test copies must match them. */
class SpecCopyTests {

	@ParameterizedTest
	@ValueSource(strings = { "body-regions.md", "muscles.md" })
	void testCopyOfTheContractMatchesTheShared(String name) throws IOException {
		Path shared = Path.of("..", "shared", "spec", name);
		Assumptions.assumeTrue(Files.exists(shared), "no shared checkout here");
		assertThat(Path.of("src", "test", "resources", "spec", name)).hasSameTextualContentAs(shared);
	}

}
