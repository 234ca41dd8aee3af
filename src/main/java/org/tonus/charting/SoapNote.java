package org.tonus.charting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.tonus.client.ClientId;

/**
 * A SOAP note of one visit. Drafts change (each save raises {@code draftVersion}); signed notes are
 * final, and an amendment is a new note that points at the one it amends.
 */
public record SoapNote(NoteId id, ClientId client, LocalDate visitDate, Status status, SoapText text, int draftVersion,
		UUID authorId, Instant createdAt, Instant updatedAt, Instant signedAt, String signedByName, String contentHash,
		NoteId amends, String amendmentReason, NoteId supersededBy) {

	public enum Status {

		DRAFT, SIGNED

	}

	public boolean signed() {
		return status == Status.SIGNED;
	}

	public boolean current() {
		return supersededBy == null;
	}

}
