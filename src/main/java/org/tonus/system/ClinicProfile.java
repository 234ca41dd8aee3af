package org.tonus.system;

import java.time.ZoneId;
import java.util.Objects;

/** The clinic's name and the time zone its schedule and documents use. */
public record ClinicProfile(String name, ZoneId timeZone) {

	public static final int NAME_MAX = 120;

	public ClinicProfile {
		Objects.requireNonNull(timeZone, "timeZone");
		if (name == null || name.isBlank() || name.strip().length() > NAME_MAX) {
			throw new IllegalArgumentException("A clinic name has 1 to " + NAME_MAX + " characters");
		}
		name = name.strip();
	}

}
