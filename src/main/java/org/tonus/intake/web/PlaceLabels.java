package org.tonus.intake.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tonus.knowledge.BodyRegion;
import org.tonus.knowledge.KnowledgeBase;

/** Names places for templates: {@code ${@placeLabels.label('temple', 'left')}} gives "Temple (left)". */
@Component("placeLabels")
class PlaceLabels {

	private final KnowledgeBase knowledge;

	private final MessageSource messages;

	PlaceLabels(KnowledgeBase knowledge, MessageSource messages) {
		this.knowledge = knowledge;
		this.messages = messages;
	}

	public String label(String region, String side) {
		String name = knowledge.region(region).map(BodyRegion::name).orElse(region);
		if (side == null) {
			return name;
		}
		var locale = LocaleContextHolder.getLocale();
		return messages.getMessage("place.with-side", new Object[] { name, messages.getMessage("side." + side, null, side,
				locale) }, locale);
	}

}
