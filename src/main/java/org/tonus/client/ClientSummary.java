package org.tonus.client;

import java.time.LocalDate;

/** A client as a search result shows it. */
public record ClientSummary(ClientId id, String displayName, String familyName, LocalDate dateOfBirth, String email,
		String phone, boolean archived) {
}
