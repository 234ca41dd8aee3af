package org.tonus.knowledge;

import java.util.Objects;

/** A place on the body: a region and, for lateral regions, the client's side (null for midline). */
public record RegionSide(String region, Side side) implements Comparable<RegionSide> {

	public RegionSide {
		Objects.requireNonNull(region, "region");
	}

	@Override
	public int compareTo(RegionSide other) {
		int byRegion = region.compareTo(other.region);
		if (byRegion != 0) {
			return byRegion;
		}
		return Integer.compare(side == null ? -1 : side.ordinal(), other.side == null ? -1 : other.side.ordinal());
	}

	@Override
	public String toString() {
		return side == null ? region : side.id() + " " + region;
	}

}
