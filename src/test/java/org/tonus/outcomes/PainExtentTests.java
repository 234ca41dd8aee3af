package org.tonus.outcomes;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tonus.knowledge.KnowledgeBase;
import org.tonus.knowledge.Side;
import org.tonus.referral.PainMark;

import static org.assertj.core.api.Assertions.assertThat;

class PainExtentTests {

	private final KnowledgeBase knowledge = KnowledgeBase.load();

	@Test
	void extentCountsRegionSidesAndTheirChoirAndMichiganAreas() {
		// temple right: CHOIR 101, Michigan 25; side of the neck right: CHOIR 206, Michigan 26; the same
		// mark twice counts once; 2 of the 159 region-sides of our map is 1.3%
		PainExtent extent = PainExtent.of(List.of(new PainMark("temple", Side.RIGHT, 7), new PainMark("neck-side", Side.RIGHT, 5),
				new PainMark("temple", Side.RIGHT, 4)), knowledge);
		assertThat(extent).isEqualTo(new PainExtent(1.3, 2, 2, 2));
	}

	@Test
	void aMidlineRegionCoversTheMapsAreasOnBothSides() {
		// the top of the head: CHOIR 101, 201, 102, 202; Michigan 25 (shared with the temple)
		PainExtent extent = PainExtent.of(List.of(new PainMark("vertex", null, 3), new PainMark("temple", Side.LEFT, 3)), knowledge);
		assertThat(extent.choirAreas()).isEqualTo(4);
		assertThat(extent.michiganAreas()).isEqualTo(1);
		assertThat(PainExtent.of(List.of(), knowledge)).isEqualTo(new PainExtent(0, 0, 0, 0));
	}

}
