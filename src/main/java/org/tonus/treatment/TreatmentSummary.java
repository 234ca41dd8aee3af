package org.tonus.treatment;

import java.time.LocalDate;
import java.util.List;

/**
 * What a client's finished treatment visits added up to, for reports: each visit's pain before and
 * after, and per muscle, side and technique how often it was applied and in what doses.
 */
public record TreatmentSummary(List<Visit> visits, List<Dose> doses) {

	public record Visit(LocalDate on, Integer painBefore, Integer painAfter) {
	}

	/**
	 * One technique at one muscle and side over all visits: how many applications in how many visits,
	 * the hold (seconds, median and range) and pressure (1-5, range) where recorded, and the PIR cycles.
	 */
	public record Dose(String muscle, String side, Technique technique, int applications, int visits, Integer holdMedian,
			Integer holdMin, Integer holdMax, Integer pressureMin, Integer pressureMax, Integer pirCycles) {
	}

	public boolean isEmpty() {
		return visits.isEmpty();
	}

}
