package org.tonus.assessment;

import java.util.UUID;

public record AssessmentId(UUID id) {

	public static AssessmentId random() {
		return new AssessmentId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return id.toString();
	}

}
