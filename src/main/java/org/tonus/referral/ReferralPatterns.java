package org.tonus.referral;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tonus.knowledge.KnowledgeBase;
import org.tonus.knowledge.Muscle;
import org.tonus.knowledge.ReferralZone;
import org.tonus.knowledge.RegionSide;
import org.tonus.knowledge.Side;
import org.tonus.knowledge.TriggerPoint;
import org.tonus.knowledge.ZoneKind;

/**
 * The knowledge base's referral zones laid out for fast lookup: for every place on the body, which
 * muscle sides and which trigger-point sides refer pain there, and how strongly. Built once.
 */
final class ReferralPatterns {

	record Entry(double weight, ZoneKind kind, String triggerPoint) {
	}

	record Posting(int index, double weight) {
	}

	/** A muscle on one side: its zones merged over all its trigger points (the strongest zone wins). */
	record MuscleSidePattern(Muscle muscle, Side side, Map<RegionSide, Entry> entries) {
	}

	/** One trigger point of a muscle on one side; mass is the sum of its zones' weights. */
	record TriggerPointSide(int muscleSide, double mass) {
	}

	private static final Posting[] NONE = new Posting[0];

	private final List<MuscleSidePattern> muscleSides = new ArrayList<>();

	private final List<TriggerPointSide> triggerPointSides = new ArrayList<>();

	private final Map<RegionSide, Posting[]> muscleSidePostings;

	private final Map<RegionSide, Posting[]> triggerPointPostings;

	ReferralPatterns(KnowledgeBase knowledge) {
		Map<RegionSide, List<Posting>> byMuscleSide = new HashMap<>();
		Map<RegionSide, List<Posting>> byTriggerPoint = new HashMap<>();
		for (Muscle muscle : knowledge.muscles()) {
			for (Side side : Side.values()) {
				int muscleIndex = muscleSides.size();
				Map<RegionSide, Entry> merged = new LinkedHashMap<>();
				for (TriggerPoint point : muscle.triggerPoints()) {
					Map<RegionSide, Double> zones = zonesOf(point, side, merged);
					int pointIndex = triggerPointSides.size();
					triggerPointSides.add(new TriggerPointSide(muscleIndex,
							zones.values().stream().mapToDouble(Double::doubleValue).sum()));
					zones.forEach((place, weight) -> byTriggerPoint.computeIfAbsent(place, p -> new ArrayList<>())
						.add(new Posting(pointIndex, weight)));
				}
				muscleSides.add(new MuscleSidePattern(muscle, side, Map.copyOf(merged)));
				merged.forEach((place, entry) -> byMuscleSide.computeIfAbsent(place, p -> new ArrayList<>())
					.add(new Posting(muscleIndex, entry.weight())));
			}
		}
		muscleSidePostings = freeze(byMuscleSide);
		triggerPointPostings = freeze(byTriggerPoint);
	}

	private static Map<RegionSide, Double> zonesOf(TriggerPoint point, Side side, Map<RegionSide, Entry> merged) {
		Map<RegionSide, Double> zones = new HashMap<>();
		for (ReferralZone zone : point.zones()) {
			double weight = zone.kind() == ZoneKind.ESSENTIAL ? ReferralEngine.ESSENTIAL : ReferralEngine.SPILLOVER;
			List<Side> sides = zone.side().sidesFor(side);
			for (Side place : sides.isEmpty() ? java.util.Collections.<Side>singletonList(null) : sides) {
				RegionSide key = new RegionSide(zone.region(), place);
				zones.merge(key, weight, Math::max);
				Entry current = merged.get(key);
				if (current == null || current.weight() < weight) {
					merged.put(key, new Entry(weight, zone.kind(), point.name()));
				}
			}
		}
		return zones;
	}

	private static Map<RegionSide, Posting[]> freeze(Map<RegionSide, List<Posting>> postings) {
		Map<RegionSide, Posting[]> frozen = new HashMap<>();
		postings.forEach((place, list) -> frozen.put(place, list.toArray(Posting[]::new)));
		return frozen;
	}

	List<MuscleSidePattern> muscleSides() {
		return muscleSides;
	}

	List<TriggerPointSide> triggerPointSides() {
		return triggerPointSides;
	}

	Posting[] muscleSidePostings(RegionSide place) {
		return muscleSidePostings.getOrDefault(place, NONE);
	}

	Posting[] triggerPointPostings(RegionSide place) {
		return triggerPointPostings.getOrDefault(place, NONE);
	}

}
