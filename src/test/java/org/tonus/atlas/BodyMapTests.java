package org.tonus.atlas;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tonus.knowledge.BodyRegion;
import org.tonus.knowledge.KnowledgeBase;

import static org.assertj.core.api.Assertions.assertThat;

class BodyMapTests {

	@Test
	void hasExactlyOneShapePerRegionAndSide() {
		BodyMap map = BodyMap.load();
		Set<String> expected = new HashSet<>();
		for (BodyRegion region : KnowledgeBase.load().regions()) {
			if (region.lateral()) {
				expected.add(region.id() + "|left");
				expected.add(region.id() + "|right");
			}
			else {
				expected.add(region.id());
			}
		}
		List<String> keys = map.shapes().stream().map(BodyMap.Shape::key).toList();
		assertThat(keys).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected).hasSize(159);
	}

	@Test
	void drawsTheClientsRightOnTheViewersLeftInTheFrontView() {
		BodyMap map = BodyMap.load();
		BodyMap.Shape right = map.shapes().stream().filter(s -> s.key().equals("temple|right")).findFirst().orElseThrow();
		BodyMap.Shape left = map.shapes().stream().filter(s -> s.key().equals("temple|left")).findFirst().orElseThrow();
		assertThat(right.view()).isEqualTo("front");
		assertThat(Double.parseDouble(right.attributes().get("cx"))).isLessThan(Double.parseDouble(left.attributes().get("cx")));
		BodyMap.Shape backRight = map.shapes().stream().filter(s -> s.key().equals("scapula|right")).findFirst().orElseThrow();
		BodyMap.Shape backLeft = map.shapes().stream().filter(s -> s.key().equals("scapula|left")).findFirst().orElseThrow();
		assertThat(backRight.view()).isEqualTo("back");
		assertThat(Double.parseDouble(backRight.attributes().get("cx"))).isGreaterThan(Double.parseDouble(backLeft.attributes().get("cx")));
	}

}
