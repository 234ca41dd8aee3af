package org.tonus.homecare;

import java.util.List;

/**
 * One exercise or piece of advice. {@code muscle} and {@code region}/{@code side} say which muscle
 * and trigger point it is for (marked on the body map); {@code activity} which habit it addresses.
 * {@code sources} are the short references the text is based on.
 */
public record ProgramItem(Kind kind, String title, String text, String muscle, String region, String side,
		String activity, List<String> sources) {

	public enum Kind {

		STRETCH, SELF_PRESSURE, ERGONOMICS

	}

	public ProgramItem withText(String newText) {
		return new ProgramItem(kind, title, newText, muscle, region, side, activity, sources);
	}

}
