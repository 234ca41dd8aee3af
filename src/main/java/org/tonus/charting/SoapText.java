package org.tonus.charting;

/** The four parts of a SOAP note, as typed. Each holds at most {@value #MAX_LENGTH} characters. */
public record SoapText(String subjective, String objective, String assessment, String plan) {

	public static final int MAX_LENGTH = 20_000;

	public static final SoapText EMPTY = new SoapText("", "", "", "");

	public SoapText {
		subjective = subjective == null ? "" : subjective;
		objective = objective == null ? "" : objective;
		assessment = assessment == null ? "" : assessment;
		plan = plan == null ? "" : plan;
		for (String part : new String[] { subjective, objective, assessment, plan }) {
			if (part.length() > MAX_LENGTH) {
				throw new InvalidNote("note.error.too-long", "A part of the note is longer than " + MAX_LENGTH + " characters");
			}
		}
	}

	public boolean blank() {
		return subjective.isBlank() && objective.isBlank() && assessment.isBlank() && plan.isBlank();
	}

	/** What signing fixes, in a form that hashes the same every time. */
	String canonical() {
		return "S:" + subjective.length() + ":" + subjective + "|O:" + objective.length() + ":" + objective + "|A:"
				+ assessment.length() + ":" + assessment + "|P:" + plan.length() + ":" + plan;
	}

}
