package org.tonus.referral;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tonus.knowledge.BodyRegion;
import org.tonus.knowledge.KnowledgeBase;
import org.tonus.knowledge.Muscle;
import org.tonus.knowledge.RegionSide;
import org.tonus.knowledge.Side;
import org.tonus.knowledge.ZoneKind;

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

	private static final double UNKNOWN_PREVALENCE = 0.25;

	private final KnowledgeBase knowledge;

	private final ReferralPatterns patterns;

	public ReferralEngine(KnowledgeBase knowledge) {
		this.knowledge = knowledge;
		this.patterns = new ReferralPatterns(knowledge);
	}

	public KnowledgeBase knowledge() {
		return knowledge;
	}

	/** @param top how many candidates to return, best first */
	public Analysis analyse(PainDrawing drawing, int top) {
		List<PainMark> marks = checked(drawing);
		int count = patterns.muscleSides().size();
		double[] explained = new double[count];
		double[] drawnOfPoint = new double[patterns.triggerPointSides().size()];
		double totalIntensity = 0;
		for (PainMark mark : marks) {
			totalIntensity += mark.intensity();
			for (ReferralPatterns.Posting posting : patterns.muscleSidePostings(mark.place())) {
				explained[posting.index()] += mark.intensity() * posting.weight();
			}
			for (ReferralPatterns.Posting posting : patterns.triggerPointPostings(mark.place())) {
				drawnOfPoint[posting.index()] += posting.weight();
			}
		}
		double[] specificity = bestTriggerPointShare(drawnOfPoint);
		List<Candidate> ranked = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			if (explained[i] > 0) {
				ranked.add(candidate(i, marks, explained[i] / totalIntensity, specificity[i], drawing));
			}
		}
		ranked.sort(RANKING);
		return new Analysis(List.copyOf(ranked.subList(0, Math.min(top, ranked.size()))), cover(ranked, marks));
	}

	private double[] bestTriggerPointShare(double[] drawnOfPoint) {
		double[] best = new double[patterns.muscleSides().size()];
		for (int point = 0; point < drawnOfPoint.length; point++) {
			ReferralPatterns.TriggerPointSide pattern = patterns.triggerPointSides().get(point);
			double share = drawnOfPoint[point] / pattern.mass();
			best[pattern.muscleSide()] = Math.max(best[pattern.muscleSide()], share);
		}
		return best;
	}

	private Candidate candidate(int index, List<PainMark> marks, double coverage, double specificity,
			PainDrawing drawing) {
		ReferralPatterns.MuscleSidePattern pattern = patterns.muscleSides().get(index);
		Muscle muscle = pattern.muscle();
		List<Match> matched = new ArrayList<>();
		List<RegionSide> unexplained = new ArrayList<>();
		for (PainMark mark : marks) {
			ReferralPatterns.Entry entry = pattern.entries().get(mark.place());
			if (entry == null) {
				unexplained.add(mark.place());
			}
			else {
				matched.add(new Match(mark.region(), mark.side(), entry.kind(), entry.triggerPoint()));
			}
		}
		List<String> activities = drawing.activities().stream().filter(muscle::activatedBy).sorted().toList();
		double prior = 0.9 + 0.1 * muscle.prevalence().map(Muscle.Prevalence::weight).orElse(UNKNOWN_PREVALENCE);
		double bonus = 1 + ACTIVITY_BONUS * Math.min(activities.size(), MAX_ACTIVITY_BONUSES);
		double score = Math.pow(coverage, COVERAGE_EXPONENT) * Math.pow(specificity, 1 - COVERAGE_EXPONENT) * prior * bonus
				/ (1 + ACTIVITY_BONUS * MAX_ACTIVITY_BONUSES);
		return new Candidate(muscle.id(), pattern.side(), score, coverage, specificity, List.copyOf(matched),
				List.copyOf(unexplained), activities);
	}

	static final Comparator<Candidate> RANKING = Comparator.comparingDouble(Candidate::score)
		.reversed()
		.thenComparing(Comparator.comparingDouble(Candidate::coverage).reversed())
		.thenComparing(Candidate::muscle)
		.thenComparing(Candidate::side);

	/**
	 * Greedy set cover: repeatedly take the candidate that explains the most still-unexplained
	 * intensity, until nothing more can be explained. Ties go to the better-ranked candidate.
	 */
	private List<MuscleSide> cover(List<Candidate> ranked, List<PainMark> marks) {
		Map<RegionSide, Integer> remaining = new LinkedHashMap<>();
		marks.forEach(mark -> remaining.put(mark.place(), mark.intensity()));
		List<MuscleSide> cover = new ArrayList<>();
		while (!remaining.isEmpty()) {
			Candidate best = null;
			double bestGain = 0;
			for (Candidate candidate : ranked) {
				double gain = 0;
				for (Match match : candidate.matched()) {
					Integer intensity = remaining.get(new RegionSide(match.region(), match.side()));
					if (intensity != null) {
						gain += intensity * (match.zone() == ZoneKind.ESSENTIAL ? ESSENTIAL : SPILLOVER);
					}
				}
				if (gain > bestGain) {
					best = candidate;
					bestGain = gain;
				}
			}
			if (best == null) {
				break;
			}
			cover.add(best.muscleSide());
			best.matched().forEach(match -> remaining.remove(new RegionSide(match.region(), match.side())));
		}
		return List.copyOf(cover);
	}

	/** Validates a drawing against the knowledge base and merges repeated marks (highest intensity wins). */
	private List<PainMark> checked(PainDrawing drawing) {
		Map<RegionSide, PainMark> merged = new HashMap<>();
		for (PainMark mark : drawing.marks()) {
			BodyRegion region = knowledge.region(mark.region())
				.orElseThrow(() -> new InvalidDrawing("unknown region '" + mark.region() + "'"));
			if (region.lateral() && mark.side() == null) {
				throw new InvalidDrawing("region '" + mark.region() + "' needs a side, left or right");
			}
			if (!region.lateral() && mark.side() != null) {
				throw new InvalidDrawing("region '" + mark.region() + "' is on the midline and takes no side");
			}
			merged.merge(mark.place(), mark, (a, b) -> a.intensity() >= b.intensity() ? a : b);
		}
		for (String activity : drawing.activities()) {
			if (knowledge.activity(activity).isEmpty()) {
				throw new InvalidDrawing("unknown activity '" + activity + "'");
			}
		}
		PainMark[] sorted = merged.values().toArray(PainMark[]::new);
		Arrays.sort(sorted, Comparator.comparing(PainMark::place));
		return List.of(sorted);
	}

}
