package org.tonus.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tonus.knowledge.KnowledgeBase;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The contraindication and precaution screen ({@code intake/contraindications.json}), from the
 * research notes' table: each item a yes/no question with its default action, pressure cap and
 * areas to avoid. Checked at start-up: unknown regions or actions stop the application's tests.
 */
@Component
public class Contraindications {

	public record Item(String id, String question, String label, ScreenAction action, Integer pressureCap,
			List<String> avoidRegions, boolean askArea, String guidance, boolean clientFacing, String cite) {
	}

	private final Map<String, Item> items = new LinkedHashMap<>();

	Contraindications(KnowledgeBase knowledge) {
		try (InputStream in = Contraindications.class.getClassLoader().getResourceAsStream("intake/contraindications.json")) {
			JsonNode root = JsonMapper.builder().build().readTree(in);
			for (JsonNode node : root.path("items")) {
				List<String> regions = new ArrayList<>();
				node.path("avoidRegions").forEach(region -> {
					if (knowledge.region(region.asString()).isEmpty()) {
						throw new IllegalStateException("Unknown region in contraindications.json: " + region.asString());
					}
					regions.add(region.asString());
				});
				Item item = new Item(node.path("id").asString(), node.path("question").asString(),
						node.path("label").asString(), ScreenAction.valueOf(node.path("action").asString()),
						node.path("pressureCap").isNumber() ? node.path("pressureCap").asInt() : null, List.copyOf(regions),
						node.path("askArea").asBoolean(false), node.path("guidance").asString(),
						node.path("clientFacing").asBoolean(true), node.path("cite").asString());
				items.put(item.id(), item);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public List<Item> items() {
		return List.copyOf(items.values());
	}

	public Optional<Item> item(String id) {
		return Optional.ofNullable(items.get(id));
	}

}
