package org.tonus.client;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

public record ClientId(UUID id) implements Serializable {

	public ClientId {
		Objects.requireNonNull(id, "id");
	}

	public static ClientId random() {
		return new ClientId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return id.toString();
	}

}
