package org.tonus.referral;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tonus.knowledge.KnowledgeBase;
import org.tonus.knowledge.Side;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clinical vignettes written from the published referral patterns (each cites its source, in
 * {@code referral/vignettes.jsonl}), independently of the knowledge files: the muscle the
 * literature names must be among the top three for at least 90% of them.
 */
class VignetteTests {

	private static final ReferralEngine ENGINE = new ReferralEngine(KnowledgeBase.load());

	private static final DrawingJson JSON = new DrawingJson();

	record Vignette(String id, String expect, Side side, PainDrawing drawing, String cite) {
	}

	@Test
	void theNamedMuscleIsInTheTopThreeForAtLeastNinetyPercent() throws IOException {
		List<Vignette> vignettes = vignettes();
		List<String> misses = new ArrayList<>();
		for (Vignette vignette : vignettes) {
			List<MuscleSide> top = ENGINE.analyse(vignette.drawing(), 3).candidates().stream()
				.map(Candidate::muscleSide)
				.toList();
			if (!top.contains(new MuscleSide(vignette.expect(), vignette.side()))) {
				misses.add(vignette.id() + " expected " + vignette.side().id() + " " + vignette.expect() + ", got " + top);
			}
		}
		double hitRate = 1 - (double) misses.size() / vignettes.size();
		System.out.printf("Vignettes: %d of %d in the top three (%.1f%%)%n%s%n", vignettes.size() - misses.size(),
				vignettes.size(), 100 * hitRate, String.join("\n", misses));
		assertThat(vignettes).hasSizeGreaterThanOrEqualTo(40);
		assertThat(hitRate).as("share of vignettes with the named muscle in the top three; misses:%n%s",
				String.join("\n", misses)).isGreaterThanOrEqualTo(0.9);
	}

	@Test
	void everyVignetteCitesItsSource() throws IOException {
		assertThat(vignettes()).allSatisfy(vignette -> {
			String source = vignette.cite().split("#")[0];
			assertThat(ENGINE.knowledge().source(source)).as(vignette.id() + " cites " + source).isPresent();
		});
	}

	static List<Vignette> vignettes() throws IOException {
		List<Vignette> vignettes = new ArrayList<>();
		try (InputStream in = VignetteTests.class.getResourceAsStream("/referral/vignettes.jsonl")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank()) {
					continue;
				}
				JsonNode node = JSON.mapper().readTree(line);
				vignettes.add(new Vignette(node.path("id").asString(), node.path("expect").asString(),
						Side.parse(node.path("side").asString()), JSON.parse(line).drawingOrThrow(), node.path("cite").asString()));
			}
		}
		return vignettes;
	}

}
