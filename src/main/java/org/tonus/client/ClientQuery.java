package org.tonus.client;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a search box's text means: a date of birth (2026-03-02 or 2.3.1971), an e-mail address (it has
 * an @), phone digits (only digits and phone punctuation, at least 3 digits), or part of a name
 * (accent- and case-insensitive, typo-tolerant through trigram similarity). The SQL fragments are
 * constants; only parameters carry what was typed.
 */
record ClientQuery(String where, String orderBy, Map<String, Object> params, boolean filterFirst, ClientQuery fallback) {

	ClientQuery(String where, String orderBy, Map<String, Object> params) {
		this(where, orderBy, params, false, null);
	}

	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("d.M.uuuu"), DateTimeFormatter.ofPattern("d/M/uuuu"));

	private static final String ACTIVE = "archived_at IS NULL";

	private static final String SORT = "lower(family_name), lower(given_name), id";

	static ClientQuery of(String text, boolean includeArchived) {
		String archived = includeArchived ? "TRUE" : ACTIVE;
		String q = text == null ? "" : text.strip();
		if (q.isEmpty()) {
			return new ClientQuery(archived, SORT, Map.of());
		}
		Optional<LocalDate> date = date(q);
		if (date.isPresent()) {
			return new ClientQuery(archived + " AND date_of_birth = :birth", SORT, Map.of("birth", date.get()));
		}
		if (q.contains("@")) {
			return new ClientQuery(archived + " AND lower(email) LIKE :email", SORT,
					Map.of("email", escape(q.toLowerCase(Locale.ROOT)) + "%"));
		}
		String digits = q.replaceAll("[^0-9]", "");
		if (q.matches("[0-9 +()./-]+") && digits.length() >= 3) {
			return new ClientQuery(archived + " AND phone_digits LIKE :digits", SORT, Map.of("digits", "%" + digits + "%"));
		}
		// Every word must appear in the name, or the text start the e-mail address: "mul" and "anna mül"
		// find Anna Müller. Only when nothing matches does a typo-tolerant search run: the nearest names
		// by trigram distance ("muler" finds Müller).
		String[] words = q.toLowerCase(Locale.ROOT).split("\\s+");
		StringBuilder allWords = new StringBuilder("TRUE");
		java.util.HashMap<String, Object> params = new java.util.HashMap<>();
		for (int i = 0; i < Math.min(words.length, 4); i++) {
			allWords.append(" AND search_name LIKE '%' || client_fold(:w").append(i).append(") || '%'");
			params.put("w" + i, escape(words[i]));
		}
		params.put("emailPrefix", escape(q.toLowerCase(Locale.ROOT)) + "%");
		ClientQuery nearest = new ClientQuery(archived + " AND search_name % client_fold(:name)",
				"search_name <-> client_fold(:name), " + SORT, Map.of("name", q.toLowerCase(Locale.ROOT)));
		return new ClientQuery("(" + archived + " AND " + allWords + ") OR (" + archived + " AND lower(email) LIKE :emailPrefix)",
				SORT, params, true, nearest);
	}

	private static Optional<LocalDate> date(String text) {
		for (DateTimeFormatter format : DATES) {
			try {
				return Optional.of(LocalDate.parse(text, format));
			}
			catch (DateTimeParseException notThisFormat) {
				// try the next
			}
		}
		return Optional.empty();
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
