package org.tonus.treatment;

import java.util.UUID;

public record SessionId(UUID id) {

	@Override
	public String toString() {
		return id.toString();
	}

}
