package org.tonus.identity;

import java.time.Duration;

/** Clinic-wide sign-in rules set by the owner. */
public record SecurityPolicy(boolean twoFactorRequiredForStaff, Duration idleTimeout) {

	public static final int MIN_IDLE_MINUTES = 2;

	// Research notes: HIPAA-oriented guidance caps staff inactivity at 30 minutes.
	public static final int MAX_IDLE_MINUTES = 30;

	public static final SecurityPolicy DEFAULT = new SecurityPolicy(false, Duration.ofMinutes(15));

	public SecurityPolicy {
		long minutes = idleTimeout.toMinutes();
		if (minutes < MIN_IDLE_MINUTES || minutes > MAX_IDLE_MINUTES) {
			throw new IllegalArgumentException("The inactivity timeout is between " + MIN_IDLE_MINUTES + " and "
					+ MAX_IDLE_MINUTES + " minutes");
		}
	}

}
