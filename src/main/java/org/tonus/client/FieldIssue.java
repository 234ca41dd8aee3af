package org.tonus.client;

/** A field that breaks a rule; {@code code} names the rule ({@code future}, {@code format}, {@code too-long}...). */
public record FieldIssue(String field, String code) {

	public String messageKey() {
		return "client.invalid." + code;
	}

}
