package org.tonus.scheduling;

import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.test.context.TestComponent;

/** Lets tests outside this package send the outbox now and read a calendar attachment. */
@TestComponent
public class SchedulingTestAccess {

	private final OutboxDispatcher dispatcher;

	SchedulingTestAccess(OutboxDispatcher dispatcher) {
		this.dispatcher = dispatcher;
	}

	public void dispatch() {
		while (dispatcher.dispatchDue() > 0) {
			// until nothing due is left
		}
	}

	public static String text(MimeMessage message) throws Exception {
		return SchedulingMailTests.text(message);
	}

	public static String calendarAttachment(MimeMessage message) throws Exception {
		return SchedulingMailTests.attachment(message);
	}

}
