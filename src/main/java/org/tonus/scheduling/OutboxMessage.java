package org.tonus.scheduling;

import org.tonus.system.Mail;

/** A rendered message: where it goes, what it says, and a calendar file when there is one. */
record OutboxMessage(String to, String subject, String text, Mail.Attachment attachment) {
}
