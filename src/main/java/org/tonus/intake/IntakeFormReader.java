package org.tonus.intake;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tonus.knowledge.BodyRegion;
import org.tonus.knowledge.KnowledgeBase;

/**
 * Reads the questionnaire's form fields (flat names such as {@code p0.painNow}, {@code p1.place2},
 * {@code screen.dvt}) into {@link IntakeAnswers}, collecting an error per bad field: impossible or
 * future dates, scores outside 0-10, unknown regions, activities or choices, overlong text.
 */
public final class IntakeFormReader {

	public static final int PROBLEM_SLOTS = 3;

	public static final int PLACE_SLOTS = 3;

	static final int TEXT_MAX = 2000;

	private final KnowledgeBase knowledge;

	private final Contraindications contraindications;

	public IntakeFormReader(KnowledgeBase knowledge, Contraindications contraindications) {
		this.knowledge = knowledge;
		this.contraindications = contraindications;
	}

	/** The answers, or the errors (field name to message key) when any field is bad. */
	public record Result(IntakeAnswers answers, Map<String, String> errors) {

		public boolean valid() {
			return errors.isEmpty();
		}

	}

	public Result read(Map<String, List<String>> form, LocalDate today, boolean clientFacingOnly) {
		Map<String, String> errors = new LinkedHashMap<>();
		List<IntakeAnswers.ProblemArea> problems = new ArrayList<>();
		for (int i = 0; i < PROBLEM_SLOTS; i++) {
			IntakeAnswers.ProblemArea problem = problem(form, "p" + i, today, errors);
			if (problem != null) {
				problems.add(problem);
			}
		}
		if (problems.isEmpty() && !errors.containsKey("p0.description")) {
			errors.put("p0.description", "intake.invalid.problem-required");
		}
		List<String> activities = new ArrayList<>();
		for (String activity : form.getOrDefault("activities", List.of())) {
			if (knowledge.activity(activity).isEmpty()) {
				errors.put("activities", "intake.invalid.choice");
			}
			else if (!activities.contains(activity)) {
				activities.add(activity);
			}
		}
		Map<String, IntakeAnswers.ScreeningAnswer> screening = new LinkedHashMap<>();
		for (Contraindications.Item item : contraindications.items()) {
			if (clientFacingOnly && !item.clientFacing()) {
				continue;
			}
			String answer = value(form, "screen." + item.id());
			String detail = text(form, "screen." + item.id() + ".detail", 500, errors);
			if (answer == null) {
				errors.put("screen." + item.id(), "intake.invalid.answer-required");
			}
			else if (!answer.equals("yes") && !answer.equals("no")) {
				errors.put("screen." + item.id(), "intake.invalid.choice");
			}
			else {
				screening.put(item.id(), new IntakeAnswers.ScreeningAnswer(answer.equals("yes"), detail));
			}
		}
		IntakeAnswers answers = new IntakeAnswers(List.copyOf(problems), List.copyOf(activities),
				text(form, "ergonomics", TEXT_MAX, errors), score(form, "stress", errors), text(form, "goals", TEXT_MAX, errors),
				text(form, "history", TEXT_MAX, errors), text(form, "medications", TEXT_MAX, errors),
				text(form, "treatments", TEXT_MAX, errors), screening);
		return new Result(errors.isEmpty() ? answers : null, errors);
	}

	private IntakeAnswers.ProblemArea problem(Map<String, List<String>> form, String p, LocalDate today,
			Map<String, String> errors) {
		String description = text(form, p + ".description", 200, errors);
		List<IntakeAnswers.Place> places = new ArrayList<>();
		for (int j = 0; j < PLACE_SLOTS; j++) {
			String place = value(form, p + ".place" + j);
			if (place != null) {
				IntakeAnswers.Place parsed = place(place);
				if (parsed == null) {
					errors.put(p + ".place" + j, "intake.invalid.region");
				}
				else if (!places.contains(parsed)) {
					places.add(parsed);
				}
			}
		}
		boolean anything = description != null || !places.isEmpty() || value(form, p + ".now") != null;
		if (!anything) {
			return null;
		}
		if (description == null) {
			errors.put(p + ".description", "intake.invalid.required");
		}
		if (places.isEmpty()) {
			errors.putIfAbsent(p + ".place0", "intake.invalid.place-required");
		}
		return new IntakeAnswers.ProblemArea(description, List.copyOf(places), date(form, p + ".onset", today, errors),
				choice(form, p + ".cause", IntakeAnswers.Cause.class, errors), score(form, p + ".now", errors),
				score(form, p + ".best", errors), score(form, p + ".worst", errors),
				text(form, p + ".aggravated", 500, errors), text(form, p + ".relieved", 500, errors),
				choice(form, p + ".work", IntakeAnswers.Effect.class, errors),
				choice(form, p + ".sleep", IntakeAnswers.Effect.class, errors),
				choice(form, p + ".sport", IntakeAnswers.Effect.class, errors));
	}

	private IntakeAnswers.Place place(String value) {
		String[] parts = value.split("\\|", 2);
		BodyRegion region = knowledge.region(parts[0]).orElse(null);
		if (region == null) {
			return null;
		}
		String side = parts.length > 1 ? parts[1] : null;
		if (region.lateral() != (side != null) || (side != null && !side.equals("left") && !side.equals("right"))) {
			return null;
		}
		return new IntakeAnswers.Place(region.id(), side);
	}

	static String value(Map<String, List<String>> form, String name) {
		List<String> values = form.get(name);
		if (values == null || values.isEmpty() || values.get(0) == null || values.get(0).isBlank()) {
			return null;
		}
		return values.get(0).strip();
	}

	private static String text(Map<String, List<String>> form, String name, int max, Map<String, String> errors) {
		String text = value(form, name);
		if (text != null && text.length() > max) {
			errors.put(name, "intake.invalid.too-long");
		}
		return text;
	}

	private static Integer score(Map<String, List<String>> form, String name, Map<String, String> errors) {
		String text = value(form, name);
		if (text == null) {
			return null;
		}
		try {
			int score = Integer.parseInt(text);
			if (score >= 0 && score <= 10) {
				return score;
			}
		}
		catch (NumberFormatException notANumber) {
			// reported below
		}
		errors.put(name, "intake.invalid.score");
		return null;
	}

	private static LocalDate date(Map<String, List<String>> form, String name, LocalDate today, Map<String, String> errors) {
		String text = value(form, name);
		if (text == null) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(text);
			if (date.isAfter(today)) {
				errors.put(name, "intake.invalid.future");
			}
			else if (date.getYear() < 1900) {
				errors.put(name, "intake.invalid.too-early");
			}
			return date;
		}
		catch (DateTimeParseException impossible) {
			errors.put(name, "intake.invalid.date");
			return null;
		}
	}

	private static <E extends Enum<E>> E choice(Map<String, List<String>> form, String name, Class<E> type,
			Map<String, String> errors) {
		String text = value(form, name);
		if (text == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, text);
		}
		catch (IllegalArgumentException unknown) {
			errors.put(name, "intake.invalid.choice");
			return null;
		}
	}

}
