package org.tonus.outcomes;

import java.util.List;
import java.util.Optional;

/**
 * What the measures suggest for the visit frequency, for the therapist to decide: step down when a
 * clinically important improvement over the baseline has held for the last two measures, step
 * back up when the latest has lost a clinically important part of the best result (a relapse,
 * counted in points where the source gives them).
 * Only instruments with an MCID or MDC advise; one value alone advises nothing.
 */
public final class FrequencyAdvice {

	public enum Advice {

		STEP_DOWN, STEP_UP

	}

	private FrequencyAdvice() {
	}

	public static Optional<Advice> of(Instrument instrument, List<Double> scores) {
		if (instrument.threshold() == null || scores.size() < 3) {
			return Optional.empty();
		}
		double baseline = scores.get(0);
		double latest = scores.get(scores.size() - 1);
		double previous = scores.get(scores.size() - 2);
		double best = scores.stream()
			.reduce(instrument.better() == Instrument.Better.HIGHER ? Double::max : Double::min)
			.orElse(baseline);
		// a relapse is measured in points where the source gives them: a percentage of a small best
		// score (one point back from 3) would call every wobble a relapse
		Change sinceBest = Change.between(instrument, best, latest);
		Double points = instrument.threshold().points();
		boolean lostEnough = points != null ? -sinceBest.improvement() >= points - 1e-9 : sinceBest.important();
		if (sinceBest.direction() == Change.Direction.WORSE && lostEnough) {
			return Optional.of(Advice.STEP_UP);
		}
		Change held = Change.between(instrument, baseline, previous);
		Change now = Change.between(instrument, baseline, latest);
		if (held.direction() == Change.Direction.IMPROVED && held.important() && now.direction() == Change.Direction.IMPROVED
				&& now.important()) {
			return Optional.of(Advice.STEP_DOWN);
		}
		return Optional.empty();
	}

}
