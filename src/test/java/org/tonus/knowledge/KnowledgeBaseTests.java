package org.tonus.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bundled data files: complete against the specs, and every fact cited. Broken data fails here, never for users. */
class KnowledgeBaseTests {

	private static final KnowledgeBase KNOWLEDGE = KnowledgeBase.load();

	@Test
	void hasEveryRegionOfTheSpecWithItsCrosswalks() throws IOException {
		Set<String> spec = Pattern.compile("^\\| ([a-z-]+) \\| (mid|L/R) \\|", Pattern.MULTILINE)
			.matcher(Files.readString(specFile("body-regions.md")))
			.results()
			.map(match -> match.group(1))
			.collect(Collectors.toSet());
		assertThat(spec).hasSize(83);
		assertThat(KNOWLEDGE.regions()).extracting(BodyRegion::id).containsExactlyInAnyOrderElementsOf(spec);
		assertThat(KNOWLEDGE.regions().stream().filter(region -> !region.lateral())).hasSize(7);
		assertThat(KNOWLEDGE.regions()).allSatisfy(region -> {
			assertThat(region.name()).isNotBlank();
			assertThat(region.choir()).isNotEmpty();
			assertThat(region.michigan()).isNotEmpty();
		});
	}

	@Test
	void hasEveryMuscleOfTheSpec() throws IOException {
		String spec = Files.readString(specFile("muscles.md"));
		Set<String> ids = Pattern.compile("`([a-z][a-z0-9-]+)`")
			.matcher(spec.substring(spec.indexOf("Head and neck"), spec.indexOf("102 ids")))
			.results()
			.map(match -> match.group(1))
			.collect(Collectors.toSet());
		assertThat(ids).hasSize(102);
		assertThat(KNOWLEDGE.muscles()).extracting(Muscle::id).containsAll(ids);
	}

	@Test
	void everyMuscleHasPatternsSelfCareAndCitations() {
		assertThat(KNOWLEDGE.muscles()).allSatisfy(muscle -> {
			assertThat(muscle.triggerPoints()).isNotEmpty();
			assertThat(muscle.triggerPoints()).allSatisfy(point -> {
				assertThat(point.zones(ZoneKind.ESSENTIAL)).isNotEmpty();
				assertThat(point.citations()).isNotEmpty();
			});
			assertThat(muscle.selfCare().routine()).isNotBlank();
			assertThat(muscle.selfCare().citations()).isNotEmpty();
		});
	}

	@Test
	void everyRegionIsReachedBySomeMuscle() {
		assertThat(KNOWLEDGE.regions()).filteredOn(region -> KNOWLEDGE.musclesReferringTo(region.id()).isEmpty())
			.extracting(BodyRegion::id)
			.as("regions no muscle refers pain to")
			.isEmpty();
	}

	@Test
	void reportsEveryProblemOfBrokenData() {
		assertThatThrownBy(() -> KnowledgeBase.loadFrom("knowledge-broken")).isInstanceOf(KnowledgeBaseInvalid.class)
			.satisfies(e -> assertThat(((KnowledgeBaseInvalid) e).problems()).anySatisfy(p -> assertThat(p).contains("no-citations").contains("no citation"))
				.anySatisfy(p -> assertThat(p).contains("unknown region 'elbow-tip'"))
				.anySatisfy(p -> assertThat(p).contains("unknown activity 'juggling'"))
				.anySatisfy(p -> assertThat(p).contains("without a chapter or pages"))
				.anySatisfy(p -> assertThat(p).contains("unknown source 'nobody-2020'"))
				.anySatisfy(p -> assertThat(p).contains("empty-pattern").contains("empty essential zone")));
	}

	// A copy of the contract, so the test runs in a clean clone; SpecCopyTests keeps it in step.
	private static Path specFile(String name) {
		return Path.of("src", "test", "resources", "spec", name);
	}

}
