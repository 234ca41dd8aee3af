package org.tonus.atlas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tonus.knowledge.KnowledgeBase;
import org.tonus.knowledge.Muscle;
import org.tonus.knowledge.TriggerPoint;

/**
 * Every trigger point of the knowledge base as choices for a form ("muscle-id#index" with a
 * readable label), grouped by body part, optionally with some muscles first.
 */
@Component
public class PointOptions {

	public record Option(String value, String label) {
	}

	public record Group(String label, List<Option> options) {
	}

	private final KnowledgeBase knowledge;

	private final MessageSource messages;

	PointOptions(KnowledgeBase knowledge, MessageSource messages) {
		this.knowledge = knowledge;
		this.messages = messages;
	}

	/** @param first muscle ids to offer first under {@code firstLabel} (a message key), in this order */
	public List<Group> groups(List<String> first, String firstLabel, Locale locale) {
		List<Group> groups = new ArrayList<>();
		List<Option> preferred = new ArrayList<>();
		first.stream().distinct().forEach(id -> knowledge.muscle(id).ifPresent(muscle -> preferred.addAll(options(muscle))));
		if (!preferred.isEmpty()) {
			groups.add(new Group(messages.getMessage(firstLabel, null, locale), preferred));
		}
		Map<String, List<Option>> byGroup = new LinkedHashMap<>();
		for (Muscle muscle : knowledge.muscles()) {
			byGroup.computeIfAbsent(muscle.group(), group -> new ArrayList<>()).addAll(options(muscle));
		}
		byGroup.forEach((group, options) -> groups
			.add(new Group(messages.getMessage("muscle.group." + group, null, group, locale), options)));
		return groups;
	}

	private static List<Option> options(Muscle muscle) {
		List<Option> options = new ArrayList<>();
		List<TriggerPoint> points = muscle.triggerPoints();
		for (int i = 0; i < points.size(); i++) {
			options.add(new Option(muscle.id() + "#" + i,
					points.size() == 1 ? muscle.name() : muscle.name() + ": " + points.get(i).name()));
		}
		return options;
	}

}
