package org.tonus.knowledge;

/**
 * Essential zones are where nearly everyone with an active trigger point feels its referred
 * pain; spillover zones are where some do (solid versus stippled areas in the manuals).
 */
public enum ZoneKind {

	ESSENTIAL("essential"), SPILLOVER("spillover");

	private final String id;

	ZoneKind(String id) {
		this.id = id;
	}

	public String id() {
		return id;
	}

}
