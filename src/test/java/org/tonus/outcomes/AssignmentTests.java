package org.tonus.outcomes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AssignmentTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	private static Assignment assignment(Assignment.Schedule schedule, Integer every) {
		return new Assignment(UUID.randomUUID(), "psfs", schedule, every);
	}

	private static Assignment.Progress progress(LocalDate lastPsfs, List<LocalDate> visits, LocalDate reEvaluation,
			Integer remaining) {
		return new Assignment.Progress(Map.of("psfs", TODAY.minusYears(2)), lastPsfs == null ? Map.of() : Map.of("psfs", lastPsfs),
				visits, reEvaluation, remaining, TODAY);
	}

	@Test
	void atIntakeIsDueUntilTheFirstAnswer() {
		Assignment intake = assignment(Assignment.Schedule.INTAKE, null);
		assertThat(intake.dueBecause(progress(null, List.of(), null, null))).isEqualTo("not answered yet");
		assertThat(intake.dueBecause(progress(TODAY.minusYears(1), List.of(), null, null))).isNull();
	}

	@Test
	void everyFourVisitsCountsFinishedVisitsAfterTheLastAnswer() {
		Assignment every4 = assignment(Assignment.Schedule.EVERY_N_VISITS, 4);
		LocalDate last = TODAY.minusDays(30);
		List<LocalDate> three = List.of(last, last.plusDays(7), last.plusDays(14), last.plusDays(21));
		assertThat(every4.dueBecause(progress(last, three, null, null))).as("the visit on the day of the answer does not count").isNull();
		List<LocalDate> four = List.of(last.plusDays(7), last.plusDays(14), last.plusDays(21), last.plusDays(28));
		assertThat(every4.dueBecause(progress(last, four, null, null))).isEqualTo("4 visits since it was last answered");
		assertThat(every4.dueBecause(progress(null, List.of(), null, null))).isEqualTo("no baseline yet");
		assertThat(assignment(Assignment.Schedule.EVERY_N_VISITS, 1).when()).isEqualTo("every visit");
	}

	@Test
	void atReEvaluationIsDueFromAWeekBeforeUnlessAnsweredSince() {
		Assignment reEvaluation = assignment(Assignment.Schedule.REEVALUATION, null);
		assertThat(reEvaluation.dueBecause(progress(null, List.of(), TODAY.plusDays(8), null))).isNull();
		assertThat(reEvaluation.dueBecause(progress(TODAY.minusDays(40), List.of(), TODAY.plusDays(7), null)))
			.isEqualTo("the plan's re-evaluation is due");
		assertThat(reEvaluation.dueBecause(progress(TODAY.minusDays(2), List.of(), TODAY.plusDays(3), null))).isNull();
		assertThat(reEvaluation.dueBecause(progress(null, List.of(), null, null))).as("no plan date").isNull();
	}

	@Test
	void atDischargeIsDueWhenOneAuthorisedVisitIsLeft() {
		Assignment discharge = assignment(Assignment.Schedule.DISCHARGE, null);
		assertThat(discharge.dueBecause(progress(null, List.of(), null, 2))).isNull();
		assertThat(discharge.dueBecause(progress(null, List.of(), null, 1))).isEqualTo("the prescription's last visit is next");
		assertThat(discharge.dueBecause(progress(TODAY.minusDays(3), List.of(), null, 1))).as("answered just now").isNull();
		assertThat(discharge.dueBecause(progress(TODAY.minusDays(60), List.of(), null, 0))).isNotNull();
		assertThat(discharge.dueBecause(progress(null, List.of(), null, null))).as("no prescription").isNull();
		Assignment.Progress onlyTheBaseline = new Assignment.Progress(Map.of("psfs", TODAY.minusDays(5)),
				Map.of("psfs", TODAY.minusDays(5)), List.of(), null, 1, TODAY);
		assertThat(discharge.dueBecause(onlyTheBaseline)).as("a short prescription still gets its discharge measure").isNotNull();
	}

}
