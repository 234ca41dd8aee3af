package org.tonus.client;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What staff (or the client) can say about a client. {@link #check(LocalDate)} lists every
 * broken rule at once, so a form shows all its messages together.
 */
public record ClientDetails(String givenName, String familyName, String preferredName, LocalDate dateOfBirth,
		String email, String phone, String address, String emergencyName, String emergencyPhone,
		String emergencyRelation, PreferredContact preferredContact, String notes) {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]{5,30}$");

	private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

	public ClientDetails {
		givenName = clean(givenName);
		familyName = clean(familyName);
		preferredName = clean(preferredName);
		email = clean(email) == null ? null : clean(email).toLowerCase(java.util.Locale.ROOT);
		phone = clean(phone);
		address = clean(address);
		emergencyName = clean(emergencyName);
		emergencyPhone = clean(emergencyPhone);
		emergencyRelation = clean(emergencyRelation);
		notes = clean(notes);
		// Not chosen: the channel the details allow, so a client registered with a phone number only is valid.
		if (preferredContact == null) {
			preferredContact = email != null ? PreferredContact.EMAIL : phone != null ? PreferredContact.PHONE
					: PreferredContact.POST;
		}
	}

	public static ClientDetails named(String givenName, String familyName) {
		return new ClientDetails(givenName, familyName, null, null, null, null, null, null, null, null, null, null);
	}

	public List<FieldIssue> check(LocalDate today) {
		List<FieldIssue> issues = new ArrayList<>();
		required(issues, "givenName", givenName, 100);
		required(issues, "familyName", familyName, 100);
		optional(issues, "preferredName", preferredName, 100);
		if (dateOfBirth != null && dateOfBirth.isAfter(today)) {
			issues.add(new FieldIssue("dateOfBirth", "future"));
		}
		else if (dateOfBirth != null && dateOfBirth.isBefore(EARLIEST_BIRTH)) {
			issues.add(new FieldIssue("dateOfBirth", "too-early"));
		}
		if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
			issues.add(new FieldIssue("email", "email"));
		}
		phone(issues, "phone", phone);
		phone(issues, "emergencyPhone", emergencyPhone);
		optional(issues, "address", address, 500);
		optional(issues, "emergencyName", emergencyName, 100);
		optional(issues, "emergencyRelation", emergencyRelation, 60);
		optional(issues, "notes", notes, 4000);
		if (preferredContact == PreferredContact.EMAIL && email == null && !issues.stream().anyMatch(i -> i.field().equals("email"))) {
			issues.add(new FieldIssue("email", "needed-for-contact"));
		}
		if ((preferredContact == PreferredContact.PHONE || preferredContact == PreferredContact.SMS) && phone == null) {
			issues.add(new FieldIssue("phone", "needed-for-contact"));
		}
		return issues;
	}

	public String displayName() {
		String first = preferredName != null ? preferredName : givenName;
		return first + " " + familyName;
	}

	private static void required(List<FieldIssue> issues, String field, String value, int max) {
		if (value == null) {
			issues.add(new FieldIssue(field, "required"));
		}
		else if (value.length() > max) {
			issues.add(new FieldIssue(field, "too-long"));
		}
	}

	private static void optional(List<FieldIssue> issues, String field, String value, int max) {
		if (value != null && value.length() > max) {
			issues.add(new FieldIssue(field, "too-long"));
		}
	}

	private static void phone(List<FieldIssue> issues, String field, String value) {
		if (value != null && (!PHONE.matcher(value).matches() || value.replaceAll("[^0-9]", "").length() < 5)) {
			issues.add(new FieldIssue(field, "phone"));
		}
	}

	private static String clean(String text) {
		if (text == null) {
			return null;
		}
		String stripped = text.strip();
		return stripped.isEmpty() ? null : stripped;
	}

}
