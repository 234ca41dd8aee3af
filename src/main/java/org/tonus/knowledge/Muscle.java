package org.tonus.knowledge;

import java.util.List;
import java.util.Optional;

/** A muscle (or a group the literature treats as one) and everything the knowledge base knows about it. */
public record Muscle(String id, String name, String group, List<TriggerPoint> triggerPoints, List<Fact> symptoms,
		List<CitedActivity> activities, SelfCare selfCare, Optional<Prevalence> prevalence) {

	/** A statement in the project's own words with its citations. */
	public record Fact(String text, List<Citation> citations) {
	}

	public record CitedActivity(String activityId, List<Citation> citations) {
	}

	public record SelfCare(String routine, String advice, List<Citation> citations) {
	}

	/** How often active trigger points are found in this muscle in a studied population. */
	public record Prevalence(double weight, String population, List<Citation> citations) {
	}

	public boolean activatedBy(String activityId) {
		return activities.stream().anyMatch(activity -> activity.activityId().equals(activityId));
	}

}
