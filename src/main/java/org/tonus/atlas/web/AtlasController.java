package org.tonus.atlas.web;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tonus.atlas.BodyMap;
import org.tonus.atlas.Places;
import org.tonus.knowledge.BodyRegion;
import org.tonus.knowledge.KnowledgeBase;
import org.tonus.knowledge.Muscle;
import org.tonus.knowledge.ReferralZone;
import org.tonus.knowledge.Side;
import org.tonus.knowledge.TriggerPoint;
import org.tonus.knowledge.ZoneKind;
import org.tonus.system.AllowedRoles;
import org.tonus.system.NotFound;
import org.tonus.system.Role;

/** The muscle atlas: an index searchable by name and by the region pain is felt in, and a page per muscle. */
@Controller
@AllowedRoles({ Role.OWNER, Role.THERAPIST, Role.FRONT_DESK, Role.BILLING })
class AtlasController {

	private final KnowledgeBase knowledge;

	private final BodyMap map;

	private final Places places;

	AtlasController(KnowledgeBase knowledge, BodyMap map, Places places) {
		this.knowledge = knowledge;
		this.map = map;
		this.places = places;
	}

	record Entry(Muscle muscle, ZoneKind zone) {
	}

	@GetMapping("/atlas")
	String index(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String region, Model model) {
		String query = fold(q.length() > 60 ? q.substring(0, 60) : q);
		boolean byRegion = knowledge.region(region).isPresent();
		List<Entry> entries = new ArrayList<>();
		for (Muscle muscle : knowledge.muscles()) {
			if (!query.isEmpty() && !fold(muscle.name()).contains(query) && !muscle.id().contains(query)) {
				continue;
			}
			ZoneKind zone = byRegion ? strongestZone(muscle, region) : null;
			if (!byRegion || zone != null) {
				entries.add(new Entry(muscle, zone));
			}
		}
		if (byRegion) {
			entries.sort(Comparator.comparing(Entry::zone).thenComparing(entry -> entry.muscle().name()));
		}
		model.addAttribute("entries", entries);
		model.addAttribute("q", q);
		model.addAttribute("region", byRegion ? region : "");
		model.addAttribute("regionName", knowledge.region(region).map(BodyRegion::name).orElse(null));
		model.addAttribute("regions", knowledge.regions().stream().sorted(Comparator.comparing(BodyRegion::name)).toList());
		return "atlas/index";
	}

	@GetMapping("/atlas/{id}")
	String muscle(@PathVariable String id, Model model, Locale locale) {
		Muscle muscle = knowledge.muscle(id).orElseThrow(NotFound::new);
		model.addAttribute("muscle", muscle);
		model.addAttribute("map", map);
		model.addAttribute("labels", places.shapeLabels(map, locale));
		List<Map<String, String>> patterns = muscle.triggerPoints()
			.stream()
			.map(point -> classesForRightSide(point, knowledge))
			.toList();
		model.addAttribute("patterns", patterns);
		model.addAttribute("knowledge", knowledge);
		model.addAttribute("sources", citedSources(muscle));
		model.addAttribute("locationNames", muscle.triggerPoints()
			.stream()
			.map(point -> knowledge.region(point.location()).map(BodyRegion::name).orElse(point.location()))
			.toList());
		return "atlas/muscle";
	}

	/**
	 * CSS classes for the shapes of one trigger point's pattern, drawn for a trigger point on the
	 * client's right, keyed as the map's shapes are ({@link BodyMap#key(BodyRegion, Side)}). A shape
	 * in two zones shows the stronger one; the trigger point's own shape keeps "tp-location" too.
	 */
	static Map<String, String> classesForRightSide(TriggerPoint point, KnowledgeBase knowledge) {
		Map<String, String> zones = new LinkedHashMap<>();
		// Spillover first, so that an essential zone on the same shape replaces it.
		for (ZoneKind kind : List.of(ZoneKind.SPILLOVER, ZoneKind.ESSENTIAL)) {
			for (ReferralZone zone : point.zones(kind)) {
				BodyRegion region = knowledge.region(zone.region()).orElseThrow();
				List<Side> sides = zone.side().sidesFor(Side.RIGHT);
				for (Side side : sides.isEmpty() ? Collections.<Side>singletonList(null) : sides) {
					zones.put(BodyMap.key(region, side), "zone-" + kind.id());
				}
			}
		}
		Map<String, String> classes = new LinkedHashMap<>();
		classes.put(BodyMap.key(knowledge.region(point.location()).orElseThrow(), Side.RIGHT), "tp-location");
		zones.forEach((key, zone) -> classes.merge(key, zone, (location, added) -> location + " " + added));
		return classes;
	}

	private List<org.tonus.knowledge.Source> citedSources(Muscle muscle) {
		java.util.stream.Stream<org.tonus.knowledge.Citation> citations = java.util.stream.Stream.of(
				muscle.triggerPoints().stream().flatMap(point -> point.citations().stream()),
				muscle.symptoms().stream().flatMap(fact -> fact.citations().stream()),
				muscle.activities().stream().flatMap(activity -> activity.citations().stream()),
				muscle.selfCare().citations().stream(),
				muscle.prevalence().stream().flatMap(prevalence -> prevalence.citations().stream()))
			.flatMap(stream -> stream);
		return citations.map(org.tonus.knowledge.Citation::sourceId)
			.distinct()
			.map(id -> knowledge.source(id).orElseThrow())
			.toList();
	}

	private static ZoneKind strongestZone(Muscle muscle, String region) {
		ZoneKind strongest = null;
		for (TriggerPoint point : muscle.triggerPoints()) {
			for (ReferralZone zone : point.zones()) {
				if (zone.region().equals(region) && (strongest == null || zone.kind() == ZoneKind.ESSENTIAL)) {
					strongest = zone.kind();
				}
			}
		}
		return strongest;
	}

	// Case- and accent-insensitive, so "pectoral" finds "Pectoralis" and "tensor" finds "Tensor".
	static String fold(String text) {
		return Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}

}
