package org.tonus.scheduling;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

public record LocationId(UUID id) implements Serializable {

	public LocationId {
		Objects.requireNonNull(id, "id");
	}

	public static LocationId random() {
		return new LocationId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return id.toString();
	}

}
