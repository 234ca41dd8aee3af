package org.tonus.charting;

/**
 * The draft was saved elsewhere (another tab or person) since this editor loaded it; nothing was
 * overwritten. Carries the saved note so the editor can show both.
 */
public class StaleDraft extends RuntimeException {

	private final SoapNote saved;

	public StaleDraft(SoapNote saved) {
		super("The draft was saved elsewhere since it was opened");
		this.saved = saved;
	}

	public SoapNote saved() {
		return saved;
	}

}
