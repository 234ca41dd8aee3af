package org.tonus.scheduling;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

public record PractitionerId(UUID id) implements Serializable {

	public PractitionerId {
		Objects.requireNonNull(id, "id");
	}

	public static PractitionerId random() {
		return new PractitionerId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return id.toString();
	}

}
