package org.tonus.outcomes;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FrequencyAdviceTests {

	private final Instrument nrs = Instruments.builtIn().find("nrs-pain").orElseThrow();

	private final Instrument psfs = Instruments.builtIn().find("psfs").orElseThrow();

	@Test
	void anImprovementThatHoldsForTwoMeasuresSuggestsSteppingDown() {
		assertThat(FrequencyAdvice.of(nrs, List.of(7.0, 4.0, 4.0))).contains(FrequencyAdvice.Advice.STEP_DOWN);
		assertThat(FrequencyAdvice.of(nrs, List.of(7.0, 6.0, 4.0))).as("not held yet").isEmpty();
		assertThat(FrequencyAdvice.of(psfs, List.of(3.0, 5.5, 6.0))).contains(FrequencyAdvice.Advice.STEP_DOWN);
	}

	@Test
	void losingAnImportantPartOfTheBestResultSuggestsSteppingBackUp() {
		assertThat(FrequencyAdvice.of(nrs, List.of(7.0, 3.0, 3.0, 6.0))).contains(FrequencyAdvice.Advice.STEP_UP);
		assertThat(FrequencyAdvice.of(nrs, List.of(7.0, 3.0, 3.0, 4.0))).as("one point back is no relapse; 7 to 4 still holds")
			.contains(FrequencyAdvice.Advice.STEP_DOWN);
		assertThat(FrequencyAdvice.of(psfs, List.of(3.0, 7.0, 7.0, 6.0))).as("one point is within the PSFS's MDC")
			.contains(FrequencyAdvice.Advice.STEP_DOWN);
	}

	@Test
	void tooFewValuesOrNoThresholdAdviseNothing() {
		assertThat(FrequencyAdvice.of(nrs, List.of(7.0, 3.0))).isEmpty();
		assertThat(FrequencyAdvice.of(Instruments.builtIn().find("pss-10").orElseThrow(), List.of(30.0, 20.0, 12.0))).isEmpty();
	}

}
