package org.tonus.knowledge;

import java.util.List;

/** A trigger point of a muscle: where it is palpated and where its pain is referred. */
public record TriggerPoint(String name, String location, List<ReferralZone> zones, List<Citation> citations) {

	public List<ReferralZone> zones(ZoneKind kind) {
		return zones.stream().filter(zone -> zone.kind() == kind).toList();
	}

}
