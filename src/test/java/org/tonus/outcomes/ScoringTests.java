package org.tonus.outcomes;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each instrument scored by its published rules, with hand-worked examples. */
class ScoringTests {

	private final Instruments instruments = Instruments.builtIn();

	private final Instrument pss = instruments.find("pss-10").orElseThrow();

	private final Instrument psfs = instruments.find("psfs").orElseThrow();

	private final Instrument nrs = instruments.find("nrs-pain").orElseThrow();

	@Test
	void thePerceivedStressScaleSumsTenItemsWithItemsFourFiveSevenAndEightReversed() {
		assertThat(pss.items()).filteredOn(Instrument.Item::reverse).extracting(Instrument.Item::id).containsExactly("4", "5", "7", "8");
		// worked by hand: 3+3+4+(4-1)+(4-0)+3+(4-1)+(4-1)+2+3 = 31
		assertThat(Scoring.score(pss, answers(3, 3, 4, 1, 0, 3, 1, 1, 2, 3)).value()).isEqualTo(31);
		assertThat(Scoring.score(pss, answers(0, 0, 0, 0, 0, 0, 0, 0, 0, 0)).value()).isEqualTo(16);
		assertThat(Scoring.score(pss, answers(4, 4, 4, 4, 4, 4, 4, 4, 4, 4)).value()).isEqualTo(24);
		assertThat(Scoring.score(pss, answers(0, 0, 0, 4, 4, 0, 4, 4, 0, 0)).value()).isZero();
		assertThat(Scoring.score(pss, answers(4, 4, 4, 0, 0, 4, 0, 0, 4, 4)).value()).isEqualTo(40);
	}

	@Test
	void aPerceivedStressFormWithAMissingOrImpossibleAnswerIsNotScored() {
		Map<String, Integer> missing = answers(3, 3, 4, 1, 0, 3, 1, 1, 2, 3);
		missing.remove("10");
		assertThatThrownBy(() -> Scoring.score(pss, missing)).isInstanceOfSatisfying(InvalidAnswers.class,
				invalid -> assertThat(invalid.problems()).extracting(InvalidAnswers.Problem::code).containsExactly("too-many-missing"));
		Map<String, Integer> wrong = answers(3, 3, 4, 1, 0, 3, 1, 1, 2, 5);
		wrong.put("11", 2);
		assertThatThrownBy(() -> Scoring.score(pss, wrong)).isInstanceOfSatisfying(InvalidAnswers.class,
				invalid -> assertThat(invalid.problems()).extracting(InvalidAnswers.Problem::code)
					.containsExactlyInAnyOrder("out-of-range", "unknown-item"));
	}

	@Test
	void thePatientSpecificFunctionalScaleIsTheMeanOfTheClientsOwnActivities() {
		Map<String, Integer> activities = new LinkedHashMap<>();
		activities.put("Lifting my daughter", 4);
		activities.put("Working at the laptop for an hour", 5);
		activities.put("Sleeping on my right side", 4);
		assertThat(Scoring.score(psfs, activities).value()).isEqualTo(4.3);
		assertThatThrownBy(() -> Scoring.score(psfs, Map.of())).isInstanceOf(InvalidAnswers.class);
		Map<String, Integer> six = new HashMap<>();
		for (int i = 0; i < 6; i++) {
			six.put("Activity " + i, 5);
		}
		assertThatThrownBy(() -> Scoring.score(psfs, six)).isInstanceOfSatisfying(InvalidAnswers.class,
				invalid -> assertThat(invalid.problems()).extracting(InvalidAnswers.Problem::code).containsExactly("item-count"));
		assertThatThrownBy(() -> Scoring.score(psfs, Map.of("Running", 11))).isInstanceOf(InvalidAnswers.class);
	}

	@Test
	void painChangeIsImportantFromTwoPointsOrThirtyPercent() {
		assertThat(Change.between(nrs, 7, 3).sentence("Neck pain"))
			.isEqualTo("Neck pain improved from 7 to 3: a clinically important change.");
		Change small = Change.between(nrs, 7, 6);
		assertThat(small.important()).isFalse();
		assertThat(small.sentence("Neck pain")).isEqualTo("Neck pain improved from 7 to 6: less than a clinically important change.");
		// one point from a baseline of two is 50%, past Farrar's 30%
		assertThat(Change.between(nrs, 2, 1).important()).isTrue();
		assertThat(Change.between(nrs, 3, 6).sentence("Low back pain"))
			.isEqualTo("Low back pain worsened from 3 to 6: a clinically important change.");
		assertThat(Change.between(nrs, 4, 4).sentence("Pain")).isEqualTo("Pain is unchanged at 4.");
	}

	@Test
	void aFunctionalScaleChangeSmallerThanItsErrorIsCalledPossibleNoise() {
		assertThat(Change.between(psfs, 3.0, 4.5).sentence("Function (PSFS)"))
			.isEqualTo("Function (PSFS) improved from 3 to 4.5: less than the measure's error (MDC), so it may be noise.");
		assertThat(Change.between(psfs, 3.0, 6.3).sentence("Function (PSFS)"))
			.isEqualTo("Function (PSFS) improved from 3 to 6.3: more than the measure's error (MDC).");
		assertThat(Change.between(pss, 27, 18).sentence("Perceived stress"))
			.isEqualTo("Perceived stress improved from 27 to 18 (no clinically important difference is established for this measure).");
	}

	@Test
	void instrumentsWithoutSourcesOrWithDuplicateIdsAreRefused() {
		Instrument unsourced = new Instrument("my-scale", "My scale", "MS", "", List.of(new Instrument.Option(0, "no"),
				new Instrument.Option(1, "yes")), List.of(new Instrument.Item("1", "Q", false)), false,
				new Instrument.Scoring(Instrument.Scoring.Method.SUM, 0, 1, 1, 1, 0, false, 0), Instrument.Better.LOWER,
				new Instrument.Threshold(Instrument.Threshold.Kind.MCID, 1.0, null, ""), List.of(), "A clinic's own scale", "Licensed");
		assertThatThrownBy(() -> Instruments.of(List.of(unsourced))).hasMessageContaining("its source");
		assertThatThrownBy(() -> Instruments.of(List.of(nrs, nrs))).hasMessageContaining("used twice");
		assertThat(instruments.all()).extracting(Instrument::id).containsExactly("nrs-pain", "psfs", "pss-10");
	}

	private static Map<String, Integer> answers(int... values) {
		Map<String, Integer> answers = new LinkedHashMap<>();
		for (int i = 0; i < values.length; i++) {
			answers.put(String.valueOf(i + 1), values[i]);
		}
		return answers;
	}

}
