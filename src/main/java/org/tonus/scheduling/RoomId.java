package org.tonus.scheduling;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

public record RoomId(UUID id) implements Serializable {

	public RoomId {
		Objects.requireNonNull(id, "id");
	}

	public static RoomId random() {
		return new RoomId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return id.toString();
	}

}
