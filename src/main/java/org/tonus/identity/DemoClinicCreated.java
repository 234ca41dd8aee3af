package org.tonus.identity;

/** The synthetic demo clinic was just created; other modules add their demo data in response. */
public record DemoClinicCreated(UserId owner) {
}
