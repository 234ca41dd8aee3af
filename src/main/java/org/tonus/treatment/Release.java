package org.tonus.treatment;

/** Whether the trigger point softened (released) under treatment. */
public enum Release {

	YES, PARTIAL, NO

}
