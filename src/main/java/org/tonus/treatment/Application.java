package org.tonus.treatment;

import java.time.Instant;
import java.util.UUID;

/**
 * One technique applied to one trigger point in a session, with its dose. Fields that do not
 * belong to the technique are null (a hold time for post-isometric relaxation, for instance).
 */
public record Application(UUID id, int position, String muscle, int triggerPoint, String side, Technique technique,
		Integer holdSeconds, Integer repetitions, Integer pressure, Contact contact, Integer discomfort, Release release,
		Pir pir, String note, UUID override, Instant recordedAt) {

	/** The dose of a post-isometric relaxation: contraction at a share of effort, relaxation, cycles, range before and after. */
	public record Pir(Integer contractionSeconds, Integer effortPercent, Integer relaxationSeconds, Integer cycles,
			Integer romBefore, Integer romAfter) {
	}

	public String pointKey() {
		return muscle + "#" + triggerPoint + "|" + side;
	}

}
