package org.tonus.knowledge;

/** The client's left or right. Midline regions have no side. */
public enum Side {

	LEFT("left"), RIGHT("right");

	private final String id;

	Side(String id) {
		this.id = id;
	}

	public Side opposite() {
		return this == LEFT ? RIGHT : LEFT;
	}

	public String id() {
		return id;
	}

	/** @return the side named {@code text} ("left" or "right"), or null for anything else */
	public static Side parse(String text) {
		if ("left".equals(text)) {
			return LEFT;
		}
		return "right".equals(text) ? RIGHT : null;
	}

}
