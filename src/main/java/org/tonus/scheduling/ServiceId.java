package org.tonus.scheduling;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

public record ServiceId(UUID id) implements Serializable {

	public ServiceId {
		Objects.requireNonNull(id, "id");
	}

	public static ServiceId random() {
		return new ServiceId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return id.toString();
	}

}
