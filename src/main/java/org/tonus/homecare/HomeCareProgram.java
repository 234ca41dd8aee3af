package org.tonus.homecare;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.tonus.client.ClientId;

/** A home-care program: its items, how often, a note, whether it was sent, and adherence since. */
public record HomeCareProgram(ProgramId id, ClientId client, UUID session, List<ProgramItem> items, String frequency,
		String note, boolean sent, int version, Instant createdAt, String createdByName, Instant sentAt, String sentTo,
		Instant tokenExpiresAt, Instant lastViewedAt, List<Adherence> adherence) {

	public record Adherence(Level level, String note, Instant recordedAt) {

		public enum Level {

			DAILY, MOST_DAYS, SOME_DAYS, RARELY, NOT_AT_ALL

		}

	}

	/** The regions to mark on the body map ("region|side", or the region alone on the midline). */
	public List<String> markedPlaces() {
		return items.stream()
			.filter(item -> item.region() != null)
			.map(item -> item.side() == null || "midline".equals(item.side()) ? item.region() : item.region() + "|" + item.side())
			.distinct()
			.toList();
	}

}
