package org.tonus.system.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message key a template names exists in the English bundle (later languages follow it). */
class MessagesTests {

	private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-z][a-z0-9.-]+)[}(]");

	@Test
	void everyLiteralMessageKeyInTheTemplatesExists() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
			messages.load(in);
		}
		List<String> missing = new ArrayList<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter(path -> path.toString().endsWith(".html")).toList()) {
				Matcher keys = LITERAL_KEY.matcher(Files.readString(template));
				while (keys.find()) {
					if (!messages.containsKey(keys.group(1))) {
						missing.add(template.getFileName() + ": " + keys.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
		assertThat(messages).containsKeys("error.server.title", "error.forbidden.title", "error.not-found.title",
				"error.bad-request.title");
	}

}
