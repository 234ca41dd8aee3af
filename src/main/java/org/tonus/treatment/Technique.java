package org.tonus.treatment;

/** What the therapist does at a trigger point. */
public enum Technique {

	/** Sustained pressure on the trigger point until it softens (trigger point pressure release). */
	ISCHEMIC_COMPRESSION,

	MYOFASCIAL_RELEASE,

	/** Lewit's post-isometric relaxation: a gentle contraction, relaxation, then a stretch. */
	POST_ISOMETRIC_RELAXATION,

	/** Gliding NMT strokes along the muscle. */
	GLIDING;

	/** Techniques whose pressure is dosed on the 1-5 scale and capped by the contraindication screen. */
	public boolean pressing() {
		return this != POST_ISOMETRIC_RELAXATION;
	}

}
