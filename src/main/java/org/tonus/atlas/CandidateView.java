package org.tonus.atlas;

import java.util.List;
import java.util.Locale;

import org.tonus.knowledge.KnowledgeBase;
import org.tonus.knowledge.Muscle;
import org.tonus.knowledge.ZoneKind;
import org.tonus.referral.Candidate;
import org.tonus.referral.Match;

/**
 * A ranked candidate as the page shows it, with its reasons in words. Candidates are muscle sides,
 * so a candidate always has a side.
 */
public record CandidateView(String muscleId, String muscleName, String sideId, String side, double score, List<String> essential,
		List<String> spillover, List<String> unexplained, List<String> activities) {

	public static CandidateView of(Candidate candidate, KnowledgeBase knowledge, Places places, Locale locale) {
		String name = knowledge.muscle(candidate.muscle()).map(Muscle::name).orElse(candidate.muscle());
		return new CandidateView(candidate.muscle(), name, candidate.side().id(), places.sideName(candidate.side(), locale),
				candidate.score(), labels(candidate, ZoneKind.ESSENTIAL, places, locale), labels(candidate, ZoneKind.SPILLOVER, places, locale),
				candidate.unexplained().stream().map(place -> places.label(place.region(), place.side(), locale)).toList(),
				candidate.activities()
					.stream()
					.map(id -> knowledge.activity(id).map(org.tonus.knowledge.Activity::name).orElse(id))
					.toList());
	}

	private static List<String> labels(Candidate candidate, ZoneKind zone, Places places, Locale locale) {
		return candidate.matched()
			.stream()
			.filter(match -> match.zone() == zone)
			.map((Match match) -> places.label(match.region(), match.side(), locale))
			.toList();
	}

}
