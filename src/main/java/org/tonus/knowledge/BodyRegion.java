package org.tonus.knowledge;

import java.util.List;
import java.util.Map;

/**
 * One of the 83 regions of {@code spec/body-regions.md}. Lateral regions exist on both sides;
 * midline regions once. The crosswalks give the CHOIR and Michigan body-map areas per side
 * ("left", "right", or "both" for midline areas).
 */
public record BodyRegion(String id, String name, boolean lateral, String description,
		Map<String, List<Integer>> choir, Map<String, List<Integer>> michigan) {
}
