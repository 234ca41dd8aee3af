package org.tonus.client;

import java.time.Instant;

/** A consent given by typing one's name, with when it was given. */
public record Consent(String typedName, Instant givenAt) {
}
