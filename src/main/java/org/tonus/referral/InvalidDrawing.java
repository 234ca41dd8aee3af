package org.tonus.referral;

/** A drawing names an unknown region, side or activity, or an intensity out of range; the message names the value. */
public class InvalidDrawing extends RuntimeException {

	public InvalidDrawing(String message) {
		super(message);
	}

}
