package org.tonus.treatment;

/** What touches the client. */
public enum Contact {

	FINGER, THUMB, KNUCKLE, ELBOW, TOOL

}
