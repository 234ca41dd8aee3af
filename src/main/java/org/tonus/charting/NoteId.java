package org.tonus.charting;

import java.util.Objects;
import java.util.UUID;

public record NoteId(UUID id) {

	public NoteId {
		Objects.requireNonNull(id, "id");
	}

	@Override
	public String toString() {
		return id.toString();
	}

}
