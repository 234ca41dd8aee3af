package org.tonus.assessment;

/**
 * The elements neuromuscular therapy looks for in each area (St. John method): what keeps the
 * area in pain besides, or together with, its trigger points.
 */
public enum NmtElement {

	ISCHEMIA, TRIGGER_POINTS, NERVE_ENTRAPMENT, POSTURAL_DISTORTION, BIOMECHANICAL_DYSFUNCTION, ADHESIONS,
	HYPERTONICITY, JOINT_FIXATION;

	/** Compression or entrapment of a nerve says by what. */
	public enum Entrapment {

		BONE, SOFT_TISSUE, CARTILAGE

	}

}
