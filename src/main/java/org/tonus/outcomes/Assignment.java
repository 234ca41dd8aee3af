package org.tonus.outcomes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A questionnaire a client is asked to answer, and when: once at intake, every N treatment visits,
 * around the plan's re-evaluation, or before the last visit a prescription authorises.
 */
public record Assignment(UUID id, String instrument, Schedule schedule, Integer everyVisits) {

	public enum Schedule {

		INTAKE, EVERY_N_VISITS, REEVALUATION, DISCHARGE

	}

	/** Days before the re-evaluation date from which its questionnaires are due. */
	public static final int REEVALUATION_LEAD_DAYS = 7;

	/** A discharge questionnaire answered this recently counts for the discharge, unless that was its baseline. */
	public static final int DISCHARGE_RECENT_DAYS = 14;

	/**
	 * What decides whether an assignment is due.
	 *
	 * @param firstMeasured the date each instrument was first answered (its baseline)
	 * @param lastMeasured the date each instrument was last answered
	 * @param finishedVisits the dates of finished treatment visits
	 * @param reEvaluationOn the plan's re-evaluation date, or null
	 * @param visitsRemaining visits left on the active prescription, or null without one
	 */
	public record Progress(Map<String, LocalDate> firstMeasured, Map<String, LocalDate> lastMeasured,
			List<LocalDate> finishedVisits, LocalDate reEvaluationOn,
			Integer visitsRemaining, LocalDate today) {
	}

	/** Why the assignment is due now, or null when it is not. */
	public String dueBecause(Progress progress) {
		LocalDate last = progress.lastMeasured().get(instrument);
		return switch (schedule) {
			case INTAKE -> last == null ? "not answered yet" : null;
			case EVERY_N_VISITS -> {
				if (last == null) {
					yield "no baseline yet";
				}
				long since = progress.finishedVisits().stream().filter(visit -> visit.isAfter(last)).count();
				yield since >= everyVisits ? since + (since == 1 ? " visit" : " visits") + " since it was last answered" : null;
			}
			case REEVALUATION -> {
				LocalDate from = progress.reEvaluationOn() == null ? null
						: progress.reEvaluationOn().minusDays(REEVALUATION_LEAD_DAYS);
				yield from != null && !progress.today().isBefore(from) && (last == null || last.isBefore(from))
						? "the plan's re-evaluation is due" : null;
			}
			case DISCHARGE -> progress.visitsRemaining() != null && progress.visitsRemaining() <= 1
					&& (last == null || last.equals(progress.firstMeasured().get(instrument))
							|| last.isBefore(progress.today().minusDays(DISCHARGE_RECENT_DAYS)))
									? "the prescription's last visit is next" : null;
		};
	}

	/** "every 4 visits", "at intake"… */
	public String when() {
		return switch (schedule) {
			case INTAKE -> "at intake";
			case EVERY_N_VISITS -> everyVisits == 1 ? "every visit" : "every " + everyVisits + " visits";
			case REEVALUATION -> "at each re-evaluation";
			case DISCHARGE -> "at discharge";
		};
	}

}
