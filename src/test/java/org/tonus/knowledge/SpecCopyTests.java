package org.tonus.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the team's shared contracts are checked out next to the project, the test copies must match
 * them. Only the checkout's absence skips this (a clean clone has none); once it is there, every
 * copy in {@code src/test/resources/spec} must exist in it with the same text.
 */
class SpecCopyTests {

	private static final Path SHARED = Path.of("..", "shared", "spec");

	private static final Path COPIES = Path.of("src", "test", "resources", "spec");

	@Test
	void testCopiesOfTheContractsMatchTheShared() throws IOException {
		Assumptions.assumeTrue(Files.isDirectory(SHARED), "no shared checkout next to the project");
		List<Path> copies;
		try (Stream<Path> files = Files.list(COPIES)) {
			copies = files.filter(Files::isRegularFile).sorted().toList();
		}
		assertThat(copies).as("test copies of the contracts").isNotEmpty();
		SoftAssertions softly = new SoftAssertions();
		for (Path copy : copies) {
			Path shared = SHARED.resolve(copy.getFileName().toString());
			if (Files.isRegularFile(shared)) {
				softly.assertThat(copy).as(copy.getFileName().toString()).hasSameTextualContentAs(shared);
			}
			else {
				softly.fail("%s has no shared contract %s to be a copy of", copy, shared);
			}
		}
		softly.assertAll();
	}

}
