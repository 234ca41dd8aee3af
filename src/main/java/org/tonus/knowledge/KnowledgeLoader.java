package org.tonus.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the data files listed in {@code knowledge/index.json} and checks them: every region,
 * activity and source id must exist, every trigger point needs an essential zone, and every fact
 * a citation (books with a chapter or pages). Problems are collected, not thrown one by one.
 */
final class KnowledgeLoader {

	private final ClassLoader resources;

	private final String root;

	private final JsonMapper json = JsonMapper.builder().build();

	private final List<String> problems = new ArrayList<>();

	private final Map<String, BodyRegion> regions = new LinkedHashMap<>();

	private final Map<String, Activity> activities = new LinkedHashMap<>();

	private final Map<String, Source> sources = new LinkedHashMap<>();

	/** @param root the resource folder holding {@code index.json}; paths in it starting with "/" are from the classpath root */
	KnowledgeLoader(ClassLoader resources, String root) {
		this.resources = resources;
		this.root = root.endsWith("/") ? root : root + "/";
	}

	KnowledgeBase load() {
		JsonNode index = read("index.json");
		for (JsonNode region : read(index.path("regions").asString()).path("regions")) {
			regions.put(region.path("id").asString(), region(region));
		}
		for (JsonNode source : read(index.path("sources").asString()).path("sources")) {
			sources.put(source.path("id").asString(), new Source(source.path("id").asString(),
					source.path("kind").asString(), source.path("short").asString(), source.path("reference").asString()));
		}
		for (JsonNode activity : read(index.path("activities").asString()).path("activities")) {
			String id = activity.path("id").asString();
			String where = "activity " + id;
			activities.put(id, new Activity(id, text(activity, "name", where), text(activity, "advice", where),
					citations(activity, where)));
		}
		Map<String, Muscle> muscles = new LinkedHashMap<>();
		for (JsonNode file : index.path("muscles")) {
			JsonNode group = read(file.asString());
			for (JsonNode node : group.path("muscles")) {
				Muscle muscle = muscle(node, group.path("group").asString(), file.asString());
				if (muscles.putIfAbsent(muscle.id(), muscle) != null) {
					problems.add(muscle.id() + ": defined twice");
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new KnowledgeBaseInvalid(problems);
		}
		return new KnowledgeBase(regions, muscles, activities, sources);
	}

	private static BodyRegion region(JsonNode node) {
		return new BodyRegion(node.path("id").asString(), node.path("name").asString(), node.path("lateral").asBoolean(),
				node.path("description").asString(), crosswalk(node.path("choir")), crosswalk(node.path("michigan")));
	}

	private static Map<String, List<Integer>> crosswalk(JsonNode node) {
		Map<String, List<Integer>> areas = new LinkedHashMap<>();
		node.properties().forEach(entry -> {
			List<Integer> numbers = new ArrayList<>();
			entry.getValue().forEach(number -> numbers.add(number.asInt()));
			areas.put(entry.getKey(), List.copyOf(numbers));
		});
		return Map.copyOf(areas);
	}

	private Muscle muscle(JsonNode node, String group, String file) {
		String id = node.path("id").asString("");
		String where = file + ": " + id;
		if (!id.matches("[a-z][a-z0-9-]*")) {
			problems.add(where + ": not a muscle id");
		}
		List<TriggerPoint> points = new ArrayList<>();
		for (JsonNode point : node.path("triggerPoints")) {
			points.add(triggerPoint(point, where + " / " + point.path("name").asString("?")));
		}
		if (points.isEmpty()) {
			problems.add(where + ": no trigger points");
		}
		List<Muscle.Fact> symptoms = new ArrayList<>();
		for (JsonNode symptom : node.path("symptoms")) {
			symptoms.add(new Muscle.Fact(text(symptom, "text", where), citations(symptom, where + " symptom")));
		}
		List<Muscle.CitedActivity> cited = new ArrayList<>();
		for (JsonNode activity : node.path("activities")) {
			String activityId = activity.path("id").asString("");
			if (!activities.containsKey(activityId)) {
				problems.add(where + ": unknown activity '" + activityId + "'");
			}
			cited.add(new Muscle.CitedActivity(activityId, citations(activity, where + " activity " + activityId)));
		}
		JsonNode care = node.path("selfCare");
		Muscle.SelfCare selfCare = new Muscle.SelfCare(text(care, "routine", where), text(care, "advice", where),
				citations(care, where + " self-care"));
		return new Muscle(id, text(node, "name", where), group, List.copyOf(points), List.copyOf(symptoms),
				List.copyOf(cited), selfCare, prevalence(node.path("prevalence"), where));
	}

	private TriggerPoint triggerPoint(JsonNode node, String where) {
		String location = node.path("location").asString("");
		if (!regions.containsKey(location)) {
			problems.add(where + ": location '" + location + "' is not a region");
		}
		List<ReferralZone> zones = new ArrayList<>();
		zones(node.path("essential"), ZoneKind.ESSENTIAL, zones, where);
		zones(node.path("spillover"), ZoneKind.SPILLOVER, zones, where);
		if (zones.stream().noneMatch(zone -> zone.kind() == ZoneKind.ESSENTIAL)) {
			problems.add(where + ": empty essential zone");
		}
		return new TriggerPoint(text(node, "name", where), location, List.copyOf(zones), citations(node, where));
	}

	private void zones(JsonNode list, ZoneKind kind, List<ReferralZone> zones, String where) {
		for (JsonNode zone : list) {
			String regionId = zone.path("region").asString("");
			BodyRegion region = regions.get(regionId);
			if (region == null) {
				problems.add(where + ": unknown region '" + regionId + "' in the " + kind.id() + " zone");
				continue;
			}
			ZoneSide side = zoneSide(zone.path("side").asString(""), region, where);
			if (side != null) {
				zones.add(new ReferralZone(regionId, side, kind));
			}
		}
	}

	private ZoneSide zoneSide(String text, BodyRegion region, String where) {
		if (!region.lateral()) {
			if (!text.isEmpty() && !text.equals("none")) {
				problems.add(where + ": midline region '" + region.id() + "' takes no side");
			}
			return ZoneSide.NONE;
		}
		return switch (text) {
			case "same" -> ZoneSide.SAME;
			case "opposite" -> ZoneSide.OPPOSITE;
			case "both" -> ZoneSide.BOTH;
			default -> {
				problems.add(where + ": lateral region '" + region.id() + "' needs side same, opposite or both");
				yield null;
			}
		};
	}

	private Optional<Muscle.Prevalence> prevalence(JsonNode node, String where) {
		if (node.isMissingNode() || node.isNull()) {
			return Optional.empty();
		}
		double weight = node.path("weight").asDouble(-1);
		if (weight <= 0 || weight > 1) {
			problems.add(where + ": prevalence weight must be above 0 and at most 1");
		}
		return Optional.of(new Muscle.Prevalence(weight, text(node, "population", where), citations(node, where + " prevalence")));
	}

	private List<Citation> citations(JsonNode node, String where) {
		List<Citation> citations = new ArrayList<>();
		for (JsonNode text : node.path("cite")) {
			Citation citation = Citation.parse(text.asString(""));
			Source source = sources.get(citation.sourceId());
			if (source == null) {
				problems.add(where + ": cites unknown source '" + citation.sourceId() + "'");
			}
			else if (source.isBook() && citation.locator().isEmpty()) {
				problems.add(where + ": cites the book '" + source.id() + "' without a chapter or pages");
			}
			citations.add(citation);
		}
		if (citations.isEmpty()) {
			problems.add(where + ": no citation");
		}
		return List.copyOf(citations);
	}

	private String text(JsonNode node, String field, String where) {
		String text = node.path(field).asString("").strip();
		if (text.isEmpty()) {
			problems.add(where + ": '" + field + "' is missing");
		}
		return text;
	}

	private JsonNode read(String path) {
		String resource = path.startsWith("/") ? path.substring(1) : root + path;
		try (InputStream in = resources.getResourceAsStream(resource)) {
			if (in == null) {
				throw new KnowledgeBaseInvalid(List.of("missing data file " + resource));
			}
			return json.readTree(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
