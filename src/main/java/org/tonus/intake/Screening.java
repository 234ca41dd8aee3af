package org.tonus.intake;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.tonus.client.ClientId;

/**
 * One contraindication screen of a client: the items answered "yes" (with the areas concerned and
 * what was said), when, by whom and from where. The newest screen is the client's current status.
 */
public record Screening(UUID id, ClientId client, Instant screenedAt, UUID screenedBy, String source,
		List<Finding> findings, String note) {

	public record Finding(String item, List<IntakeAnswers.Place> places, String detail) {
	}

	public boolean clear() {
		return findings.isEmpty();
	}

	/** The most restrictive action among the findings, if any. */
	public Optional<ScreenAction> strictest(Contraindications catalogue) {
		return findings.stream()
			.map(finding -> catalogue.item(finding.item()).map(Contraindications.Item::action).orElse(ScreenAction.CLEARANCE))
			.min(Comparator.naturalOrder());
	}

	/** The lowest pressure any finding allows (Walton scale 1-5), if one caps it. */
	public Optional<Integer> pressureCap(Contraindications catalogue) {
		return findings.stream()
			.map(finding -> catalogue.item(finding.item()).map(Contraindications.Item::pressureCap).orElse(null))
			.filter(java.util.Objects::nonNull)
			.min(Integer::compare);
	}

}
