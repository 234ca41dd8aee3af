package org.tonus.intake;

/**
 * What a positive screening item means for treatment, from the most to the least restrictive.
 * Later modules (the session runner) enforce it.
 */
public enum ScreenAction {

	DO_NOT_TREAT, POSTPONE, REFER, CLEARANCE, AVOID_AREA, MODIFY;

	/** True when treatment cannot go ahead as planned until something happens (clearance, referral, time). */
	public boolean stopsTreatment() {
		return this == DO_NOT_TREAT || this == POSTPONE || this == REFER || this == CLEARANCE;
	}

}
