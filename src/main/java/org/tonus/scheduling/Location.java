package org.tonus.scheduling;

import java.time.ZoneId;
import java.util.List;

/** A clinic location with its own time zone and opening hours (none listed: open whenever staff work). */
public record Location(LocationId id, String name, ZoneId zone, String address, List<WeeklyHours> hours) {
}
