package org.tonus.outcomes;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tonus.knowledge.BodyRegion;
import org.tonus.knowledge.KnowledgeBase;
import org.tonus.referral.PainMark;

/**
 * How much of the body a pain drawing covers: the share of our body map's region-sides marked, and
 * the number of CHOIR and Michigan body-map areas they fall in, through the crosswalks in the
 * knowledge base (so extent can be compared with studies that report it on those maps).
 */
public record PainExtent(double percent, int regionSides, int choirAreas, int michiganAreas) {

	public static PainExtent of(Collection<PainMark> marks, KnowledgeBase knowledge) {
		int total = knowledge.regions().stream().mapToInt(region -> region.lateral() ? 2 : 1).sum();
		Set<String> marked = new HashSet<>();
		Set<Integer> choir = new HashSet<>();
		Set<Integer> michigan = new HashSet<>();
		for (PainMark mark : marks) {
			BodyRegion region = knowledge.region(mark.region()).orElse(null);
			if (region == null) {
				continue;
			}
			String side = mark.side() == null ? "both" : mark.side().id();
			if (marked.add(region.id() + "|" + side)) {
				areas(region.choir(), side).stream().filter(area -> area != 0).forEach(choir::add);
				areas(region.michigan(), side).stream().filter(area -> area != 0).forEach(michigan::add);
			}
		}
		double percent = total == 0 ? 0 : Math.round(marked.size() * 1000.0 / total) / 10.0;
		return new PainExtent(percent, marked.size(), choir.size(), michigan.size());
	}

	private static List<Integer> areas(Map<String, List<Integer>> crosswalk, String side) {
		if (crosswalk == null) {
			return List.of();
		}
		if (side.equals("both")) {
			// a midline region covers whatever the map has for it, on either side
			return crosswalk.values().stream().flatMap(List::stream).toList();
		}
		List<Integer> found = crosswalk.get(side);
		return found != null ? found : crosswalk.getOrDefault("both", List.of());
	}

}
