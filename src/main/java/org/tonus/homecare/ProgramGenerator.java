package org.tonus.homecare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.tonus.knowledge.Activity;
import org.tonus.knowledge.BodyRegion;
import org.tonus.knowledge.Citation;
import org.tonus.knowledge.KnowledgeBase;
import org.tonus.knowledge.Muscle;
import org.tonus.knowledge.Source;
import org.tonus.knowledge.TriggerPoint;

/**
 * Proposes a program from what was treated: for each muscle its self-stretch (with its post-isometric
 * relaxation steps, from the knowledge base) and self-pressure at the trigger point treated; for
 * each of the client's activities known to strain one of those muscles, the advice for it. Pure.
 */
@Component
public class ProgramGenerator {

	/** Self-pressure in the project's own words, after Davies & Davies (2013) and Simons et al. (1999). */
	static final String SELF_PRESSURE = "Find the tender spot %s. Lean into a ball (a tennis or massage ball against a "
			+ "wall or the floor) or press with your fingers until you feel a strong but bearable ache, about 7 of 10 or "
			+ "less. Hold still for 10 to 30 seconds, until it eases, then let go. Repeat 3 to 5 times, once or twice a "
			+ "day. Stop and tell your therapist if the pain spreads, tingles or gets worse.";

	static final List<String> SELF_PRESSURE_SOURCES = List.of("davies-2013", "ts-vol1-1999");

	public static final String DEFAULT_FREQUENCY = "Stretches 2 to 3 times a day and self-pressure once a day, until your next visit.";

	private final KnowledgeBase knowledge;

	public ProgramGenerator(KnowledgeBase knowledge) {
		this.knowledge = knowledge;
	}

	/** A trigger point treated: muscle id, index of its trigger point, side. */
	public record Treated(String muscle, int triggerPoint, String side) {
	}

	public List<ProgramItem> items(List<Treated> treated, Set<String> activities) {
		Map<String, Treated> byMuscle = new LinkedHashMap<>();
		treated.forEach(point -> byMuscle.putIfAbsent(point.muscle(), point));
		List<ProgramItem> stretches = new ArrayList<>();
		List<ProgramItem> pressure = new ArrayList<>();
		Set<String> strained = new LinkedHashSet<>();
		for (Treated point : byMuscle.values()) {
			Muscle muscle = knowledge.muscle(point.muscle()).orElse(null);
			if (muscle == null) {
				continue;
			}
			TriggerPoint tp = muscle.triggerPoints().get(Math.min(point.triggerPoint(), muscle.triggerPoints().size() - 1));
			String side = "midline".equals(point.side()) ? null : point.side();
			if (muscle.selfCare() != null) {
				stretches.add(new ProgramItem(ProgramItem.Kind.STRETCH, "Stretch: " + muscle.name(), muscle.selfCare().routine(),
						muscle.id(), tp.location(), side, null, sources(muscle.selfCare().citations())));
			}
			String where = knowledge.region(tp.location()).map(BodyRegion::name).orElse("").toLowerCase(java.util.Locale.ROOT);
			pressure.add(new ProgramItem(ProgramItem.Kind.SELF_PRESSURE, "Self-pressure: " + muscle.name(),
					SELF_PRESSURE.formatted(where.isEmpty() ? "in the muscle"
							: "at the " + where + (side == null ? "" : " on your " + side + " side")),
					muscle.id(), tp.location(), side, null, shortNames(SELF_PRESSURE_SOURCES)));
			activities.stream().filter(muscle::activatedBy).forEach(strained::add);
		}
		List<ProgramItem> items = new ArrayList<>(stretches);
		items.addAll(pressure);
		for (String id : strained) {
			Activity activity = knowledge.activity(id).orElse(null);
			if (activity != null && activity.advice() != null && !activity.advice().isBlank()) {
				items.add(new ProgramItem(ProgramItem.Kind.ERGONOMICS, activity.name(), activity.advice(), null, null, null,
						activity.id(), sources(activity.citations())));
			}
		}
		return items;
	}

	private List<String> sources(List<Citation> citations) {
		return shortNames(citations.stream().map(Citation::sourceId).toList());
	}

	private List<String> shortNames(List<String> ids) {
		return ids.stream().distinct().map(id -> knowledge.source(id).map(Source::shortName).orElse(id)).toList();
	}

}
