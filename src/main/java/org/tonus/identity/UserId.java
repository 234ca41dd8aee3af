package org.tonus.identity;

import java.util.Objects;
import java.util.UUID;

public record UserId(UUID id) implements java.io.Serializable {

	public UserId {
		Objects.requireNonNull(id, "id");
	}

	public static UserId random() {
		return new UserId(UUID.randomUUID());
	}

	public static UserId parse(String value) {
		return new UserId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return id.toString();
	}

}
