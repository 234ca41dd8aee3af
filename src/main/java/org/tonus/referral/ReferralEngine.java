package org.tonus.referral;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.tonus.knowledge.BodyRegion;
import org.tonus.knowledge.KnowledgeBase;
import org.tonus.knowledge.RegionSide;

/**
 * Ranks muscle sides by how well their referral patterns explain a pain drawing. The scoring is
 * described, with a worked example, in {@code referral/README.md}; in short:
 * {@code score = coverage^0.7 × specificity^0.3 × prior × activities}, normalised to 0..1, where
 * coverage is the intensity-weighted share of the drawing the muscle explains and specificity is
 * the share of its best-matching trigger point's pattern that was drawn. Zones are weights
 * (essential 1.0, spillover 0.4), not masks. Thread-safe; build one per knowledge base.
 */
public final class ReferralEngine {

	static final double ESSENTIAL = 1.0;

	static final double SPILLOVER = 0.4;

	static final double COVERAGE_EXPONENT = 0.7;

	static final double ACTIVITY_BONUS = 0.08;

	static final int MAX_ACTIVITY_BONUSES = 3;

	static final double UNKNOWN_PREVALENCE = 0.25;

	private static final double BEST_POSSIBLE = 1 + ACTIVITY_BONUS * MAX_ACTIVITY_BONUSES;

	private final KnowledgeBase knowledge;

	private final ReferralPatterns patterns;

	public ReferralEngine(KnowledgeBase knowledge) {
		this.knowledge = knowledge;
		this.patterns = new ReferralPatterns(knowledge, UNKNOWN_PREVALENCE);
	}

	public KnowledgeBase knowledge() {
		return knowledge;
	}

	/** A validated mark with the number of its place. */
	private record Placed(PainMark mark, int place) {
	}

	/** @param top how many candidates to return, best first */
	public Analysis analyse(PainDrawing drawing, int top) {
		Placed[] marks = checked(drawing);
		Scratch scratch = scratch();
		try {
			return analyse(drawing, top, marks, scratch);
		}
		finally {
			scratch.clear();
		}
	}

	private Analysis analyse(PainDrawing drawing, int top, Placed[] marks, Scratch work) {
		double totalIntensity = 0;
		for (Placed placed : marks) {
			int intensity = placed.mark().intensity();
			totalIntensity += intensity;
			int[] sides = patterns.muscleSidesAt(placed.place());
			double[] weights = patterns.muscleSideWeightsAt(placed.place());
			for (int i = 0; i < sides.length; i++) {
				if (work.explained[sides[i]] == 0) {
					work.touched[work.touchedCount++] = sides[i];
				}
				work.explained[sides[i]] += intensity * weights[i];
			}
			int[] points = patterns.triggerPointsAt(placed.place());
			double[] pointWeights = patterns.triggerPointWeightsAt(placed.place());
			for (int i = 0; i < points.length; i++) {
				if (work.drawnOfPoint[points[i]] == 0) {
					work.touchedPoints[work.touchedPointCount++] = points[i];
				}
				work.drawnOfPoint[points[i]] += pointWeights[i];
			}
		}
		bestTriggerPointShare(work);
		long activities = patterns.activityMask(drawing.activities());
		// Ranked by the logarithm of the score (same order, no powers).
		int[] candidates = Arrays.copyOf(work.touched, work.touchedCount);
		Arrays.sort(candidates);
		double[] explained = work.explained;
		double[] specificity = work.specificity;
		double[] logScore = work.logScore;
		for (int i : candidates) {
			logScore[i] = logScore(i, explained[i] / totalIntensity, specificity[i], activities);
		}
		int[] ranked = best(candidates, logScore, explained, top);
		List<Candidate> answer = new ArrayList<>(ranked.length);
		for (int index : ranked) {
			answer.add(candidate(index, marks, Math.exp(logScore[index]), explained[index] / totalIntensity,
					specificity[index], activities));
		}
		return new Analysis(Collections.unmodifiableList(answer), cover(marks, logScore, candidates, explained, work.gain));
	}

	/**
	 * Working arrays, one set per thread and reused, so a ranking allocates little; only the
	 * entries a drawing touched are cleared afterwards.
	 */
	private static final class Scratch {

		final double[] explained;

		final int[] touched;

		int touchedCount;

		final double[] drawnOfPoint;

		final int[] touchedPoints;

		int touchedPointCount;

		final double[] specificity;

		final double[] logScore;

		final double[] gain;

		Scratch(int muscleSides, int triggerPoints) {
			explained = new double[muscleSides];
			touched = new int[muscleSides];
			drawnOfPoint = new double[triggerPoints];
			touchedPoints = new int[triggerPoints];
			specificity = new double[muscleSides];
			logScore = new double[muscleSides];
			gain = new double[muscleSides];
		}

		void clear() {
			for (int t = 0; t < touchedCount; t++) {
				int i = touched[t];
				explained[i] = 0;
				specificity[i] = 0;
				logScore[i] = 0;
				gain[i] = 0;
			}
			for (int t = 0; t < touchedPointCount; t++) {
				drawnOfPoint[touchedPoints[t]] = 0;
			}
			touchedCount = 0;
			touchedPointCount = 0;
		}

	}

	private final ThreadLocal<Scratch> scratch = new ThreadLocal<>();

	private Scratch scratch() {
		Scratch work = scratch.get();
		if (work == null) {
			work = new Scratch(patterns.muscleSides().size(), patterns.triggerPointSides().size());
			scratch.set(work);
		}
		return work;
	}

	private double logScore(int index, double coverage, double specificity, long activities) {
		ReferralPatterns.MuscleSidePattern pattern = patterns.muscleSides().get(index);
		int matching = Math.min(Long.bitCount(pattern.activities() & activities), MAX_ACTIVITY_BONUSES);
		return COVERAGE_EXPONENT * Math.log(coverage) + (1 - COVERAGE_EXPONENT) * Math.log(specificity)
				+ pattern.logFactor()[matching];
	}

	private void bestTriggerPointShare(Scratch work) {
		List<ReferralPatterns.TriggerPointSide> points = patterns.triggerPointSides();
		for (int t = 0; t < work.touchedPointCount; t++) {
			int point = work.touchedPoints[t];
			ReferralPatterns.TriggerPointSide pattern = points.get(point);
			work.specificity[pattern.muscleSide()] = Math.max(work.specificity[pattern.muscleSide()],
					work.drawnOfPoint[point] / pattern.mass());
		}
	}

	/** The indices of the best {@code top} candidates, in rank order (partial selection, no full sort). */
	private int[] best(int[] candidates, double[] score, double[] explained, int top) {
		int[] chosen = new int[Math.max(0, top)];
		int size = 0;
		for (int i : candidates) {
			if (size < chosen.length) {
				chosen[size++] = i;
			}
			else if (size > 0 && ranksBefore(i, chosen[size - 1], score, explained)) {
				chosen[size - 1] = i;
			}
			else {
				continue;
			}
			for (int j = size - 1; j > 0 && ranksBefore(chosen[j], chosen[j - 1], score, explained); j--) {
				int swap = chosen[j];
				chosen[j] = chosen[j - 1];
				chosen[j - 1] = swap;
			}
		}
		return Arrays.copyOf(chosen, size);
	}

	// Score, then coverage, then muscle id and side: equal scores always come out in the same order.
	private boolean ranksBefore(int a, int b, double[] score, double[] explained) {
		if (score[a] != score[b]) {
			return score[a] > score[b];
		}
		if (explained[a] != explained[b]) {
			return explained[a] > explained[b];
		}
		return patterns.muscleSides().get(a).order() < patterns.muscleSides().get(b).order();
	}

	private Candidate candidate(int index, Placed[] marks, double score, double coverage, double specificity,
			long activities) {
		ReferralPatterns.MuscleSidePattern pattern = patterns.muscleSides().get(index);
		List<Match> matched = new ArrayList<>();
		List<RegionSide> unexplained = new ArrayList<>();
		for (Placed placed : marks) {
			ReferralPatterns.Entry entry = pattern.entries()[placed.place()];
			PainMark mark = placed.mark();
			if (entry == null) {
				unexplained.add(mark.place());
			}
			else {
				matched.add(new Match(mark.region(), mark.side(), entry.kind(), entry.triggerPoint()));
			}
		}
		List<String> activated = List.of();
		if ((pattern.activities() & activities) != 0) {
			List<String> ids = new ArrayList<>();
			for (org.tonus.knowledge.Muscle.CitedActivity activity : pattern.muscle().activities()) {
				if ((patterns.activityMask(List.of(activity.activityId())) & activities) != 0) {
					ids.add(activity.activityId());
				}
			}
			ids.sort(null);
			activated = List.copyOf(ids);
		}
		return new Candidate(pattern.muscle().id(), pattern.side(), score, coverage, specificity,
				Collections.unmodifiableList(matched), Collections.unmodifiableList(unexplained), activated);
	}

	/**
	 * Greedy set cover: repeatedly take the candidate that explains the most still-unexplained
	 * intensity, until nothing more can be explained. Ties go to the higher score. Before anything is
	 * taken, a candidate's gain is the intensity-weighted total it explains, which {@code explainedBy}
	 * already holds (summed over the same marks in the same order, so bit for bit the same).
	 */
	private List<MuscleSide> cover(Placed[] marks, double[] score, int[] candidates, double[] explainedBy,
			double[] gain) {
		for (int i : candidates) {
			gain[i] = explainedBy[i];
		}
		boolean[] explained = new boolean[marks.length];
		List<MuscleSide> cover = new ArrayList<>();
		while (true) {
			int best = -1;
			double bestGain = 1e-9;
			for (int i : candidates) {
				double g = gain[i];
				if (g > bestGain) {
					best = i;
					bestGain = g;
				}
				else if (g == bestGain && best >= 0 && score[i] > score[best]) {
					best = i;
				}
			}
			if (best < 0) {
				return List.copyOf(cover);
			}
			ReferralPatterns.MuscleSidePattern pattern = patterns.muscleSides().get(best);
			cover.add(new MuscleSide(pattern.muscle().id(), pattern.side()));
			for (int m = 0; m < marks.length; m++) {
				if (!explained[m] && pattern.entries()[marks[m].place()] != null) {
					explained[m] = true;
					addGain(gain, marks[m], -1);
				}
			}
		}
	}

	// What explaining this mark is worth to each muscle side that refers pain to it.
	private void addGain(double[] gain, Placed placed, int sign) {
		int[] sides = patterns.muscleSidesAt(placed.place());
		double[] weights = patterns.muscleSideWeightsAt(placed.place());
		for (int i = 0; i < sides.length; i++) {
			gain[sides[i]] += sign * placed.mark().intensity() * weights[i];
		}
	}

	/** Validates a drawing against the knowledge base and merges repeated marks (highest intensity wins). */
	private Placed[] checked(PainDrawing drawing) {
		PainMark[] byPlace = new PainMark[patterns.placeCount()];
		int distinct = 0;
		for (PainMark mark : drawing.marks()) {
			BodyRegion region = knowledge.region(mark.region())
				.orElseThrow(() -> new InvalidDrawing("unknown region '" + mark.region() + "'"));
			if (region.lateral() && mark.side() == null) {
				throw new InvalidDrawing("region '" + mark.region() + "' needs a side, left or right");
			}
			if (!region.lateral() && mark.side() != null) {
				throw new InvalidDrawing("region '" + mark.region() + "' is on the midline and takes no side");
			}
			int place = patterns.place(mark.region(), mark.side());
			if (byPlace[place] == null) {
				distinct++;
				byPlace[place] = mark;
			}
			else if (mark.intensity() > byPlace[place].intensity()) {
				byPlace[place] = mark;
			}
		}
		for (String activity : drawing.activities()) {
			if (knowledge.activity(activity).isEmpty()) {
				throw new InvalidDrawing("unknown activity '" + activity + "'");
			}
		}
		Placed[] placed = new Placed[distinct];
		for (int place = 0, next = 0; next < distinct; place++) {
			if (byPlace[place] != null) {
				placed[next++] = new Placed(byPlace[place], place);
			}
		}
		return placed;
	}

}
