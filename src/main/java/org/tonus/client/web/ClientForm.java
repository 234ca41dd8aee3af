package org.tonus.client.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.tonus.client.Client;
import org.tonus.client.ClientDetails;
import org.tonus.client.FieldIssue;
import org.tonus.client.PreferredContact;

/**
 * The client form as typed (dates and choices as text, so an impossible date gets its own message
 * instead of a conversion error). {@code version} is the record's version when the edit began.
 */
record ClientForm(String givenName, String familyName, String preferredName, String dateOfBirth, String email,
		String phone, String address, String emergencyName, String emergencyPhone, String emergencyRelation,
		String preferredContact, String notes, Integer version) {

	static ClientForm empty() {
		return new ClientForm("", "", "", "", "", "", "", "", "", "", "", "", null);
	}

	static ClientForm of(Client client) {
		ClientDetails d = client.details();
		return new ClientForm(d.givenName(), d.familyName(), nz(d.preferredName()),
				d.dateOfBirth() == null ? "" : d.dateOfBirth().toString(), nz(d.email()), nz(d.phone()), nz(d.address()),
				nz(d.emergencyName()), nz(d.emergencyPhone()), nz(d.emergencyRelation()), d.preferredContact().name(),
				nz(d.notes()), client.version());
	}

	/** The details, and the issues of the fields that could not even be read (dates, choices). */
	record Parsed(ClientDetails details, List<FieldIssue> issues) {
	}

	Parsed parse() {
		List<FieldIssue> issues = new ArrayList<>();
		LocalDate birth = null;
		if (dateOfBirth != null && !dateOfBirth.isBlank()) {
			try {
				birth = LocalDate.parse(dateOfBirth.strip());
			}
			catch (DateTimeParseException impossible) {
				issues.add(new FieldIssue("dateOfBirth", "date"));
			}
		}
		PreferredContact contact = null;
		if (preferredContact != null && !preferredContact.isBlank()) {
			try {
				contact = PreferredContact.valueOf(preferredContact.strip().toUpperCase(java.util.Locale.ROOT));
			}
			catch (IllegalArgumentException unknown) {
				issues.add(new FieldIssue("preferredContact", "choice"));
			}
		}
		return new Parsed(new ClientDetails(givenName, familyName, preferredName, birth, email, phone, address,
				emergencyName, emergencyPhone, emergencyRelation, contact, notes), issues);
	}

	private static String nz(String text) {
		return text == null ? "" : text;
	}

}
