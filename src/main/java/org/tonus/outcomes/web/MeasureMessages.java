package org.tonus.outcomes.web;

/** Words for the problems scoring reports, shown next to the question they concern. */
final class MeasureMessages {

	private MeasureMessages() {
	}

	static String of(String code) {
		return switch (code) {
			case "out-of-range" -> "Please choose one of the answers offered.";
			case "too-many-missing" -> "Please answer every question.";
			case "item-count" -> "Please name and rate one to five activities.";
			case "unknown-item" -> "This question is not part of the form.";
			case "required" -> "Please fill this in.";
			case "date" -> "Please give a date that is not in the future.";
			case "unknown-instrument" -> "Please choose a measure.";
			case "too-long" -> "This is too long.";
			default -> "Please check this answer.";
		};
	}

}
