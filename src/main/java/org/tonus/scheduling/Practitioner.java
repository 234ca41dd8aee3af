package org.tonus.scheduling;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Someone clients book: a therapist's name and credentials (LMT, CMT, DC, PT, DO…), the location
 * they work at, their weekly hours there and the services they give. {@code user} links the
 * therapist's account, so they see their own schedule.
 */
public record Practitioner(PractitionerId id, UUID user, String name, String email, String credentials,
		LocationId location, boolean active, List<WeeklyHours> hours, Set<ServiceId> services, int version) {

	/** "Ana Ruiz, LMT" */
	public String displayName() {
		return credentials.isBlank() ? name : name + ", " + credentials;
	}

	public boolean gives(ServiceId service) {
		return services.contains(service);
	}

}
