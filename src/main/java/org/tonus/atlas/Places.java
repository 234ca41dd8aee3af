package org.tonus.atlas;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tonus.knowledge.BodyRegion;
import org.tonus.knowledge.KnowledgeBase;
import org.tonus.knowledge.Side;

/** Names of places on the body as people read them: "Side of the neck (right)". */
@Component
public class Places {

	private final KnowledgeBase knowledge;

	private final MessageSource messages;

	Places(KnowledgeBase knowledge, MessageSource messages) {
		this.knowledge = knowledge;
		this.messages = messages;
	}

	public String label(String region, Side side, Locale locale) {
		String name = knowledge.region(region).map(BodyRegion::name).orElse(region);
		if (side == null) {
			return name;
		}
		return messages.getMessage("place.with-side", new Object[] { name, sideName(side, locale) }, locale);
	}

	public String sideName(Side side, Locale locale) {
		return messages.getMessage("side." + side.id(), null, locale);
	}

	/** Labels for every shape of the map, keyed as the shapes are ("temple|right", "sternum"). */
	public Map<String, String> shapeLabels(BodyMap map, Locale locale) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (BodyMap.Shape shape : map.shapes()) {
			labels.put(shape.key(), label(shape.region(), Side.parse(shape.side()), locale));
		}
		return labels;
	}

}
