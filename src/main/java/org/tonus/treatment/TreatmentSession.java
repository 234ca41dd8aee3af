package org.tonus.treatment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.tonus.client.ClientId;

/** A treatment session: what the client reported, every technique applied, the overrides, how it ended. */
public record TreatmentSession(SessionId id, ClientId client, PlanId plan, UUID assessment, LocalDate visitDate,
		String clientReport, Integer painBefore, Integer painAfter, String closingNote, Instant startedAt,
		Instant finishedAt, UUID note, List<Application> applications, List<ContraindicationOverride> overrides) {

	public boolean finished() {
		return finishedAt != null;
	}

	/** The distinct muscles treated, in the order first treated. */
	public List<String> musclesTreated() {
		return applications.stream().map(Application::muscle).distinct().toList();
	}

}
