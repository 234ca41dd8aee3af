package org.tonus.referral;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tonus refer} as spec/cli.md describes it. */
class ReferCommandLineTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void answersEachLineInOrderAndSkipsBlankLines() {
		int status = run("""
				{"id": "a", "marks": [{"region": "temple", "side": "left", "intensity": 6}, {"region": "neck-side", "side": "left"}]}

				{"id": 7, "marks": [{"region": "heel", "side": "right", "intensity": 8}], "activities": ["running"]}
				""", "refer", "--top", "3");
		assertThat(status).isZero();
		List<JsonNode> answers = answers();
		assertThat(answers).hasSize(2);
		assertThat(answers.get(0).path("id").asString()).isEqualTo("a");
		assertThat(answers.get(1).path("id").asInt()).isEqualTo(7);
		JsonNode first = answers.get(0).path("candidates").get(0);
		assertThat(answers.get(0).path("candidates")).hasSize(3);
		assertThat(first.path("muscle").asString()).isNotBlank();
		assertThat(first.path("side").asString()).isEqualTo("left");
		assertThat(first.path("score").asDouble()).isBetween(0.0, 1.0);
		assertThat(first.path("matched").get(0).path("zone").asString()).isIn("essential", "spillover");
		assertThat(answers.get(0).path("cover")).isNotEmpty();
	}

	@Test
	void answersBadLinesWithAnErrorNamingTheValueAndGoesOn() {
		int status = run("""
				{"id": "x", "marks": [{"region": "elbow-tip", "side": "left"}]}
				not json at all
				{"id": "y", "marks": [{"region": "temple", "side": "up"}]}
				{"id": "z", "marks": [{"region": "temple", "side": "left", "intensity": 12}]}
				{"id": "w", "marks": [{"region": "sternum", "intensity": 4}]}
				""", "refer");
		assertThat(status).isEqualTo(1);
		List<JsonNode> answers = answers();
		assertThat(answers).hasSize(5);
		assertThat(answers.get(0).path("error").asString()).contains("'elbow-tip'");
		assertThat(answers.get(1).path("error").asString()).contains("not valid JSON");
		assertThat(answers.get(2).path("error").asString()).contains("'up'");
		assertThat(answers.get(3).path("error").asString()).contains("12");
		assertThat(answers.get(4).has("error")).isFalse();
		assertThat(answers.get(4).path("candidates").get(0).path("matched").get(0).has("side")).isFalse();
	}

	@Test
	void rejectsBadOptions() {
		assertThat(run("", "refer", "--top", "0")).isEqualTo(2);
		assertThat(run("", "refer", "--fast")).isEqualTo(2);
		assertThat(run("", "refer", "--help")).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("--top N");
	}

	private int run(String input, String... args) {
		out.reset();
		err.reset();
		return ReferCommandLine.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out,
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private List<JsonNode> answers() {
		JsonMapper json = JsonMapper.builder().build();
		return out.toString(StandardCharsets.UTF_8).lines().map(json::readTree).toList();
	}

}
