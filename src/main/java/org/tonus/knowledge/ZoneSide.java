package org.tonus.knowledge;

/** Where a referral zone lies relative to the side of its trigger point. */
public enum ZoneSide {

	SAME, OPPOSITE, BOTH, NONE;

	/** The client sides this zone covers for a trigger point on {@code triggerPointSide}. */
	public java.util.List<Side> sidesFor(Side triggerPointSide) {
		return switch (this) {
			case SAME -> java.util.List.of(triggerPointSide);
			case OPPOSITE -> java.util.List.of(triggerPointSide.opposite());
			case BOTH -> java.util.List.of(Side.LEFT, Side.RIGHT);
			case NONE -> java.util.List.of();
		};
	}

}
