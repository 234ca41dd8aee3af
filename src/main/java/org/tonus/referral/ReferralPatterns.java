package org.tonus.referral;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tonus.knowledge.Activity;
import org.tonus.knowledge.BodyRegion;
import org.tonus.knowledge.KnowledgeBase;
import org.tonus.knowledge.Muscle;
import org.tonus.knowledge.ReferralZone;
import org.tonus.knowledge.Side;
import org.tonus.knowledge.TriggerPoint;
import org.tonus.knowledge.ZoneKind;

/**
 * The knowledge base's referral zones laid out for fast lookup, built once. Places on the body
 * (a region and a side) are numbered, so that ranking a drawing is a few passes over arrays: for
 * every place, which muscle sides and which trigger-point sides refer pain there, and how strongly.
 */
final class ReferralPatterns {

	record Entry(double weight, ZoneKind kind, String triggerPoint) {
	}

	/** A muscle on one side: its zones merged over all its trigger points (the strongest zone wins), by place. */
	record MuscleSidePattern(Muscle muscle, Side side, Entry[] entries, long activities, double prior, int order,
			double[] logFactor) {
	}

	/** One trigger point of a muscle on one side; mass is the sum of its zones' weights. */
	record TriggerPointSide(int muscleSide, double mass) {
	}

	private static final int[] NONE = new int[0];

	private final Map<String, Integer> regionIndex = new HashMap<>();

	private final Map<String, Integer> activityIndex = new HashMap<>();

	private final List<MuscleSidePattern> muscleSides = new ArrayList<>();

	private final List<TriggerPointSide> triggerPointSides = new ArrayList<>();

	// Per place: parallel arrays of (pattern index, weight).
	private final int[][] muscleSideIndex;

	private final double[][] muscleSideWeight;

	private final int[][] triggerPointIndex;

	private final double[][] triggerPointWeight;

	ReferralPatterns(KnowledgeBase knowledge, double unknownPrevalence) {
		for (BodyRegion region : knowledge.regions()) {
			regionIndex.put(region.id(), regionIndex.size());
		}
		for (Activity activity : knowledge.activities()) {
			activityIndex.put(activity.id(), activityIndex.size());
		}
		if (activityIndex.size() > 64) {
			throw new IllegalStateException("The activity mask holds 64 activities; widen it");
		}
		int places = regionIndex.size() * 3;
		List<List<double[]>> byMuscleSide = new ArrayList<>();
		List<List<double[]>> byTriggerPoint = new ArrayList<>();
		for (int i = 0; i < places; i++) {
			byMuscleSide.add(new ArrayList<>());
			byTriggerPoint.add(new ArrayList<>());
		}
		List<Muscle> sorted = knowledge.muscles().stream().sorted(java.util.Comparator.comparing(Muscle::id)).toList();
		for (Muscle muscle : knowledge.muscles()) {
			long activities = 0;
			for (Muscle.CitedActivity activity : muscle.activities()) {
				activities |= 1L << activityIndex.get(activity.activityId());
			}
			double prior = 0.9 + 0.1 * muscle.prevalence().map(Muscle.Prevalence::weight).orElse(unknownPrevalence);
			for (Side side : Side.values()) {
				int muscleIndex = muscleSides.size();
				Entry[] merged = new Entry[places];
				for (TriggerPoint point : muscle.triggerPoints()) {
					double[] weights = zonesOf(point, side, merged);
					int pointIndex = triggerPointSides.size();
					double mass = 0;
					for (int place = 0; place < places; place++) {
						if (weights[place] > 0) {
							mass += weights[place];
							byTriggerPoint.get(place).add(new double[] { pointIndex, weights[place] });
						}
					}
					triggerPointSides.add(new TriggerPointSide(muscleIndex, mass));
				}
				int order = sorted.indexOf(muscle) * 2 + side.ordinal();
				double[] logFactor = new double[ReferralEngine.MAX_ACTIVITY_BONUSES + 1];
				for (int matching = 0; matching < logFactor.length; matching++) {
					logFactor[matching] = Math.log(prior * (1 + ReferralEngine.ACTIVITY_BONUS * matching)
							/ (1 + ReferralEngine.ACTIVITY_BONUS * ReferralEngine.MAX_ACTIVITY_BONUSES));
				}
				muscleSides.add(new MuscleSidePattern(muscle, side, merged, activities, prior, order, logFactor));
				for (int place = 0; place < places; place++) {
					if (merged[place] != null) {
						byMuscleSide.get(place).add(new double[] { muscleIndex, merged[place].weight() });
					}
				}
			}
		}
		muscleSideIndex = indices(byMuscleSide);
		muscleSideWeight = weights(byMuscleSide);
		triggerPointIndex = indices(byTriggerPoint);
		triggerPointWeight = weights(byTriggerPoint);
	}

	private double[] zonesOf(TriggerPoint point, Side side, Entry[] merged) {
		double[] weights = new double[merged.length];
		for (ReferralZone zone : point.zones()) {
			double weight = zone.kind() == ZoneKind.ESSENTIAL ? ReferralEngine.ESSENTIAL : ReferralEngine.SPILLOVER;
			List<Side> sides = zone.side().sidesFor(side);
			for (Side placeSide : sides.isEmpty() ? java.util.Collections.<Side>singletonList(null) : sides) {
				int place = place(zone.region(), placeSide);
				weights[place] = Math.max(weights[place], weight);
				if (merged[place] == null || merged[place].weight() < weight) {
					merged[place] = new Entry(weight, zone.kind(), point.name());
				}
			}
		}
		return weights;
	}

	private static int[][] indices(List<List<double[]>> postings) {
		int[][] result = new int[postings.size()][];
		for (int place = 0; place < result.length; place++) {
			List<double[]> list = postings.get(place);
			result[place] = list.isEmpty() ? NONE : list.stream().mapToInt(posting -> (int) posting[0]).toArray();
		}
		return result;
	}

	private static double[][] weights(List<List<double[]>> postings) {
		double[][] result = new double[postings.size()][];
		for (int place = 0; place < result.length; place++) {
			result[place] = postings.get(place).stream().mapToDouble(posting -> posting[1]).toArray();
		}
		return result;
	}

	/** The number of a place: region index times three, plus 0 (midline), 1 (left) or 2 (right). */
	int place(String region, Side side) {
		Integer index = regionIndex.get(region);
		if (index == null) {
			return -1;
		}
		return index * 3 + (side == null ? 0 : side.ordinal() + 1);
	}

	int placeCount() {
		return regionIndex.size() * 3;
	}

	long activityMask(Iterable<String> activities) {
		long mask = 0;
		for (String activity : activities) {
			Integer index = activityIndex.get(activity);
			if (index != null) {
				mask |= 1L << index;
			}
		}
		return mask;
	}

	List<MuscleSidePattern> muscleSides() {
		return muscleSides;
	}

	List<TriggerPointSide> triggerPointSides() {
		return triggerPointSides;
	}

	int[] muscleSidesAt(int place) {
		return muscleSideIndex[place];
	}

	double[] muscleSideWeightsAt(int place) {
		return muscleSideWeight[place];
	}

	int[] triggerPointsAt(int place) {
		return triggerPointIndex[place];
	}

	double[] triggerPointWeightsAt(int place) {
		return triggerPointWeight[place];
	}

}
