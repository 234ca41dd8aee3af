package org.tonus.scheduling;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What staff enter for a practitioner; checked by {@link Practitioners}. */
public record PractitionerDraft(String name, String email, String credentials, UUID user, LocationId location,
		List<WeeklyHours> hours, Set<ServiceId> services) {
}
