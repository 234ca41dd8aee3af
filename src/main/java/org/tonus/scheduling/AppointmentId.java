package org.tonus.scheduling;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

public record AppointmentId(UUID id) implements Serializable {

	public AppointmentId {
		Objects.requireNonNull(id, "id");
	}

	public static AppointmentId random() {
		return new AppointmentId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return id.toString();
	}

}
