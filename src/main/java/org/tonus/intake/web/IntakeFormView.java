package org.tonus.intake.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.tonus.intake.Contraindications;
import org.tonus.intake.IntakeAnswers;
import org.tonus.intake.IntakeFormReader;
import org.tonus.knowledge.BodyRegion;
import org.tonus.knowledge.KnowledgeBase;

/**
 * What the questionnaire template needs: the typed values and errors by field name, the places
 * and activities to choose from, and the screening questions to ask.
 */
record IntakeFormView(Map<String, List<String>> values, Map<String, String> errors, List<Option> places,
		List<Option> activities, List<Contraindications.Item> questions, int problemSlots, int placeSlots,
		IntakeAnswers.Cause[] causes, IntakeAnswers.Effect[] effects) {

	record Option(String value, String label) {
	}

	static IntakeFormView of(Map<String, List<String>> values, Map<String, String> errors, KnowledgeBase knowledge,
			Contraindications contraindications, boolean clientFacingOnly, MessageSource messages, Locale locale) {
		List<Option> places = new ArrayList<>();
		for (BodyRegion region : knowledge.regions()) {
			if (region.lateral()) {
				for (String side : List.of("right", "left")) {
					places.add(new Option(region.id() + "|" + side, messages.getMessage("place.with-side",
							new Object[] { region.name(), messages.getMessage("side." + side, null, locale) }, locale)));
				}
			}
			else {
				places.add(new Option(region.id(), region.name()));
			}
		}
		places.sort(Comparator.comparing(Option::label));
		List<Option> activities = knowledge.activities().stream().map(a -> new Option(a.id(), a.name())).toList();
		List<Contraindications.Item> questions = contraindications.items()
			.stream()
			.filter(item -> !clientFacingOnly || item.clientFacing())
			.toList();
		return new IntakeFormView(values, errors, places, activities, questions, IntakeFormReader.PROBLEM_SLOTS,
				IntakeFormReader.PLACE_SLOTS, IntakeAnswers.Cause.values(), IntakeAnswers.Effect.values());
	}

	public String value(String name) {
		List<String> list = values.get(name);
		return list == null || list.isEmpty() ? "" : list.get(0);
	}

	public boolean has(String name, String value) {
		return values.getOrDefault(name, List.of()).contains(value);
	}

	public String error(String name) {
		return errors.get(name);
	}

}
