package org.tonus.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.tonus.knowledge.BodyRegion;
import org.tonus.knowledge.KnowledgeBase;
import org.tonus.knowledge.Side;
import org.tonus.referral.Analysis;
import org.tonus.referral.PainDrawing;
import org.tonus.referral.PainMark;
import org.tonus.referral.ReferralEngine;

/** Ranking one 20-mark drawing against the whole knowledge base (target: median at most 20 µs). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReferralEngineBenchmark {

	private ReferralEngine engine;

	private PainDrawing[] drawings;

	private int next;

	@Setup
	public void setUp() {
		KnowledgeBase knowledge = KnowledgeBase.load();
		engine = new ReferralEngine(knowledge);
		List<BodyRegion> regions = new ArrayList<>(knowledge.regions());
		Random random = new Random(42);
		drawings = new PainDrawing[64];
		for (int d = 0; d < drawings.length; d++) {
			List<PainMark> marks = new ArrayList<>();
			while (marks.size() < 20) {
				BodyRegion region = regions.get(random.nextInt(regions.size()));
				Side side = region.lateral() ? Side.values()[random.nextInt(2)] : null;
				PainMark mark = new PainMark(region.id(), side, 1 + random.nextInt(10));
				if (marks.stream().noneMatch(m -> m.place().equals(mark.place()))) {
					marks.add(mark);
				}
			}
			drawings[d] = new PainDrawing(marks, Set.of("typing"));
		}
	}

	@Benchmark
	public Analysis rankTwentyMarkDrawing() {
		next = (next + 1) & (drawings.length - 1);
		return engine.analyse(drawings[next], 10);
	}

}
