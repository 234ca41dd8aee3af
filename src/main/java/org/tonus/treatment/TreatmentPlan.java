package org.tonus.treatment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.tonus.client.ClientId;

/**
 * One version of a client's treatment plan. Saving a plan adds a version; the newest is current.
 */
public record TreatmentPlan(PlanId id, ClientId client, UUID assessment, List<String> problems, List<Goal> goals,
		List<Target> targets, List<Phase> phases, int currentPhase, LocalDate reEvaluationOn, Instant createdAt,
		String createdByName) {

	/** A measurable goal: pain (0-10) down to a target, a range of motion up to a target, or in words. */
	public record Goal(Measure measure, String description, String movement, Integer baseline, Integer target) {

		public enum Measure {

			PAIN, RANGE, OTHER

		}

		/** Whether {@code value} meets the goal: pain at or below the target, range at or above it. */
		public boolean metBy(int value) {
			if (target == null) {
				return false;
			}
			return measure == Measure.PAIN ? value <= target : value >= target;
		}

	}

	/** A trigger point to treat (muscle id, index of its trigger point, side) and how. */
	public record Target(String muscle, int triggerPoint, String side, Set<Technique> techniques) {
	}

	/** How often the client comes: every {@code interval}, for {@code visits} visits (null: ongoing). */
	public record Phase(Interval interval, Integer visits) {

		public enum Interval {

			TWICE_WEEKLY(3), WEEKLY(7), FORTNIGHTLY(14), MONTHLY(28);

			private final int days;

			Interval(int days) {
				this.days = days;
			}

			public int days() {
				return days;
			}

		}

	}

	public Phase phase() {
		return phases.isEmpty() ? null : phases.get(Math.min(currentPhase, phases.size() - 1));
	}

	public boolean canStepDown() {
		return currentPhase < phases.size() - 1;
	}

	public boolean canStepUp() {
		return currentPhase > 0;
	}

}
