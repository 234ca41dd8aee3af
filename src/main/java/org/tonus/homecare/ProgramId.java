package org.tonus.homecare;

import java.util.UUID;

public record ProgramId(UUID id) {

	@Override
	public String toString() {
		return id.toString();
	}

}
