package org.tonus.referral;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tonus.knowledge.KnowledgeBase;
import org.tonus.knowledge.Side;
import org.tonus.knowledge.ZoneKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The scoring rules, on a small fixture knowledge base whose patterns are made up to isolate each rule. */
class ReferralEngineTests {

	private static final ReferralEngine ENGINE = new ReferralEngine(KnowledgeBase.loadFrom("knowledge-fixture"));

	@Test
	void ranksThePatternThatFitsTheWholeDrawingFirst() {
		Analysis analysis = analyse(mark("temple", Side.LEFT, 6), mark("neck-side", Side.LEFT, 6));
		assertThat(first(analysis)).isEqualTo(new MuscleSide("neat", Side.LEFT));
		assertThat(analysis.candidates().get(0).matched()).extracting(Match::zone)
			.containsOnly(ZoneKind.ESSENTIAL);
		assertThat(analysis.candidates().get(0).unexplained()).isEmpty();
	}

	@Test
	void aLargePatternExplainingOneMarkDoesNotBeatAPatternThatFitsTheDrawing() {
		Analysis analysis = analyse(mark("temple", Side.RIGHT, 3), mark("neck-side", Side.RIGHT, 7),
				mark("jaw", Side.RIGHT, 5));
		assertThat(rankOf(analysis, "neat", Side.RIGHT)).isLessThan(rankOf(analysis, "sprawling", Side.RIGHT));
	}

	@Test
	void essentialZonesWeighMoreThanSpillover() {
		Analysis analysis = analyse(mark("temple", Side.LEFT, 5));
		assertThat(score(analysis, "neat", Side.LEFT)).isGreaterThan(score(analysis, "spill-only", Side.LEFT));
	}

	@Test
	void respectsLaterality() {
		Analysis analysis = analyse(mark("temple", Side.LEFT, 5), mark("neck-side", Side.LEFT, 5));
		assertThat(analysis.candidates()).extracting(Candidate::muscleSide)
			.doesNotContain(new MuscleSide("neat", Side.RIGHT));
		Analysis crossing = analyse(mark("buttock-upper", Side.RIGHT, 5), mark("sacrum", null, 5));
		assertThat(first(crossing)).isEqualTo(new MuscleSide("crossing", Side.LEFT));
	}

	@Test
	void intensityDecidesWhichPartOfTheDrawingMatters() {
		Analysis temple = analyse(mark("temple", Side.LEFT, 9), mark("occiput", Side.LEFT, 1));
		Analysis occiput = analyse(mark("temple", Side.LEFT, 1), mark("occiput", Side.LEFT, 9));
		assertThat(score(temple, "neat", Side.LEFT)).isGreaterThan(score(occiput, "neat", Side.LEFT));
		assertThat(score(occiput, "spill-only", Side.LEFT)).isGreaterThan(score(temple, "spill-only", Side.LEFT));
	}

	@Test
	void activitiesAndPrevalenceBreakOtherwiseEqualPatterns() {
		Analysis heel = analyse(mark("heel", Side.LEFT, 5));
		assertThat(score(heel, "calf-a", Side.LEFT)).isGreaterThan(score(heel, "calf-b", Side.LEFT));
		PainDrawing withActivity = new PainDrawing(List.of(mark("temple", Side.LEFT, 5)), Set.of("phone-cradling"));
		PainDrawing without = new PainDrawing(List.of(mark("temple", Side.LEFT, 5)), Set.of());
		assertThat(score(ENGINE.analyse(withActivity, 20), "neat", Side.LEFT))
			.isGreaterThan(score(ENGINE.analyse(without, 20), "neat", Side.LEFT));
		assertThat(ENGINE.analyse(withActivity, 20).candidates().get(0).activities()).containsExactly("phone-cradling");
	}

	@Test
	void coverExplainsTheDrawingWithTheFewestMuscles() {
		Analysis analysis = analyse(mark("temple", Side.LEFT, 5), mark("neck-side", Side.LEFT, 5),
				mark("heel", Side.RIGHT, 5));
		assertThat(analysis.cover()).hasSize(2)
			.contains(new MuscleSide("neat", Side.LEFT))
			.anyMatch(muscle -> muscle.muscle().startsWith("calf-") && muscle.side() == Side.RIGHT);
	}

	@Test
	void listsWhatACandidateDoesNotExplain() {
		Analysis analysis = analyse(mark("temple", Side.LEFT, 5), mark("heel", Side.LEFT, 5));
		Candidate neat = analysis.candidates().stream().filter(c -> c.muscle().equals("neat")).findFirst().orElseThrow();
		assertThat(neat.unexplained()).extracting(Object::toString).containsExactly("left heel");
	}

	@Test
	void isDeterministic() {
		PainDrawing drawing = PainDrawing.of(mark("heel", Side.LEFT, 5), mark("temple", Side.RIGHT, 5));
		assertThat(ENGINE.analyse(drawing, 20)).isEqualTo(ENGINE.analyse(drawing, 20));
	}

	@Test
	void refusesBadDrawingsNamingTheBadValue() {
		assertThatThrownBy(() -> analyse(mark("elbow-tip", Side.LEFT, 5))).isInstanceOf(InvalidDrawing.class)
			.hasMessageContaining("'elbow-tip'");
		assertThatThrownBy(() -> analyse(mark("temple", null, 5))).hasMessageContaining("needs a side");
		assertThatThrownBy(() -> analyse(mark("sacrum", Side.LEFT, 5))).hasMessageContaining("midline");
		assertThatThrownBy(() -> mark("temple", Side.LEFT, 11)).hasMessageContaining("11");
		assertThatThrownBy(() -> ENGINE.analyse(new PainDrawing(List.of(), Set.of("juggling")), 5))
			.hasMessageContaining("'juggling'");
	}

	private static PainMark mark(String region, Side side, int intensity) {
		return new PainMark(region, side, intensity);
	}

	private static Analysis analyse(PainMark... marks) {
		return ENGINE.analyse(PainDrawing.of(marks), 20);
	}

	private static MuscleSide first(Analysis analysis) {
		return analysis.candidates().get(0).muscleSide();
	}

	private static int rankOf(Analysis analysis, String muscle, Side side) {
		List<MuscleSide> ranked = analysis.candidates().stream().map(Candidate::muscleSide).toList();
		int rank = ranked.indexOf(new MuscleSide(muscle, side));
		return rank < 0 ? Integer.MAX_VALUE : rank;
	}

	private static double score(Analysis analysis, String muscle, Side side) {
		return analysis.candidates()
			.stream()
			.filter(candidate -> candidate.muscleSide().equals(new MuscleSide(muscle, side)))
			.mapToDouble(Candidate::score)
			.findFirst()
			.orElse(0);
	}

}
