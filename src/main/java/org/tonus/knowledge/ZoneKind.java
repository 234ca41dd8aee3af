package org.tonus.knowledge;

/**
 * Essential zones are where nearly everyone with an active trigger point feels its referred
 * pain; spillover zones are where some do (solid versus stippled areas in the manuals).
 */
public enum ZoneKind {

	ESSENTIAL, SPILLOVER;

	public String id() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
