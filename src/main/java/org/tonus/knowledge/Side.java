package org.tonus.knowledge;

import java.util.Locale;

/** The client's left or right. Midline regions have no side. */
public enum Side {

	LEFT, RIGHT;

	public Side opposite() {
		return this == LEFT ? RIGHT : LEFT;
	}

	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** @return the side named {@code text} ("left" or "right"), or null for anything else */
	public static Side parse(String text) {
		if ("left".equals(text)) {
			return LEFT;
		}
		return "right".equals(text) ? RIGHT : null;
	}

}
