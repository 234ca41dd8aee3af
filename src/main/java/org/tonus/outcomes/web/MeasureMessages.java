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
			case "email" -> "Please give an e-mail address.";
			case "not-sent" -> "The mail server did not take the message; nothing was recorded. Please try again later.";
			case "already-assigned" -> "This questionnaire is already assigned on this schedule.";
			case "every-visits" -> "Please give a number of visits from 1 to 20.";
			default -> "Please check this answer.";
		};
	}

}
