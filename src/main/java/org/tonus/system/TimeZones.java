package org.tonus.system;

import java.time.ZoneId;
import java.util.List;

/** The region time zones people choose from (no legacy aliases such as "EST" or "SystemV/..."). */
public final class TimeZones {

	private static final List<String> IDS = ZoneId.getAvailableZoneIds()
		.stream()
		.filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
		.sorted()
		.toList();

	private TimeZones() {
	}

	public static List<String> ids() {
		return IDS;
	}

}
