package org.tonus.treatment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tonus.client.ClientId;
import org.tonus.intake.ContraindicationScreens;
import org.tonus.intake.Contraindications;
import org.tonus.intake.IntakeAnswers;
import org.tonus.intake.ScreenAction;
import org.tonus.intake.Screening;
import org.tonus.knowledge.KnowledgeBase;
import org.tonus.knowledge.Muscle;

/**
 * Enforces the client's current contraindication screen. Before a session: anything that stops
 * treatment (postpone, refer, clearance) needs an explicit override. At a trigger point: an area
 * the client must not be treated in is blocked; an area to avoid, or pressure above the screen's
 * cap, needs an override.
 */
@Component
public class SafetyCheck {

	/** Pressure above this inside a MODIFY item's regions counts as deep (Walton scale 1-5). */
	static final int DEEP_PRESSURE = 2;

	private final ContraindicationScreens screens;

	private final KnowledgeBase knowledge;

	SafetyCheck(ContraindicationScreens screens, KnowledgeBase knowledge) {
		this.screens = screens;
		this.knowledge = knowledge;
	}

	public enum Level {

		CLEAR, OVERRIDE, BLOCKED

	}

	public record Concern(String item, String label, String guidance, boolean blocking) {
	}

	public record Verdict(Level level, List<Concern> concerns) {

		static Verdict of(List<Concern> concerns) {
			if (concerns.isEmpty()) {
				return new Verdict(Level.CLEAR, List.of());
			}
			return new Verdict(concerns.stream().anyMatch(Concern::blocking) ? Level.BLOCKED : Level.OVERRIDE,
					List.copyOf(concerns));
		}

		public List<String> items() {
			return concerns.stream().map(Concern::item).toList();
		}

	}

	/** Everything in the client's current screen, to keep in view while treating. */
	public List<Concern> reminders(ClientId client) {
		List<Concern> concerns = new ArrayList<>();
		Contraindications catalogue = screens.catalogue();
		for (Screening.Finding finding : screens.current(client).map(Screening::findings).orElse(List.of())) {
			catalogue.item(finding.item())
				.ifPresent(item -> concerns.add(new Concern(item.id(), item.label(),
						finding.detail() == null || finding.detail().isBlank() ? item.guidance()
								: item.guidance() + " (" + finding.detail().strip() + ")",
						item.action() == ScreenAction.DO_NOT_TREAT)));
		}
		return concerns;
	}

	/** The lowest pressure the screen allows anywhere (Walton 1-5), if it caps pressure. */
	public Optional<Integer> pressureCap(ClientId client) {
		Contraindications catalogue = screens.catalogue();
		return screens.current(client).flatMap(screening -> screening.pressureCap(catalogue));
	}

	/** What stands in the way of treating the client at all today. */
	public Verdict beforeSession(ClientId client) {
		List<Concern> concerns = new ArrayList<>();
		Optional<Screening> screening = screens.current(client);
		Contraindications catalogue = screens.catalogue();
		for (Screening.Finding finding : screening.map(Screening::findings).orElse(List.of())) {
			catalogue.item(finding.item()).ifPresent(item -> {
				boolean wholeBody = item.action() == ScreenAction.DO_NOT_TREAT
						&& (finding.places() == null || finding.places().isEmpty())
						&& item.avoidRegions().isEmpty();
				if (item.action().stopsTreatment() && !(item.action() == ScreenAction.DO_NOT_TREAT && !wholeBody)) {
					concerns.add(new Concern(item.id(), item.label(), item.guidance(), wholeBody));
				}
			});
		}
		return Verdict.of(concerns);
	}

	/** What stands in the way of {@code technique} at {@code pressure} on this trigger point. */
	public Verdict atPoint(ClientId client, String muscleId, int triggerPoint, String side, Technique technique,
			Integer pressure) {
		Muscle muscle = knowledge.muscle(muscleId).orElseThrow();
		String region = muscle.triggerPoints().get(triggerPoint).location();
		List<Concern> concerns = new ArrayList<>();
		Contraindications catalogue = screens.catalogue();
		for (Screening.Finding finding : screens.current(client).map(Screening::findings).orElse(List.of())) {
			Contraindications.Item item = catalogue.item(finding.item()).orElse(null);
			if (item == null) {
				continue;
			}
			boolean inArea = inArea(region, side, finding.places(), item.avoidRegions());
			boolean pressing = technique.pressing() && pressure != null;
			switch (item.action()) {
				case DO_NOT_TREAT -> {
					if (inArea) {
						concerns.add(new Concern(item.id(), item.label(), item.guidance(), true));
					}
				}
				case AVOID_AREA -> {
					if (inArea) {
						concerns.add(new Concern(item.id(), item.label(), item.guidance(), false));
					}
				}
				case MODIFY -> {
					boolean overCap = pressing && item.pressureCap() != null && pressure > item.pressureCap();
					boolean deepInArea = pressing && inArea && pressure > DEEP_PRESSURE;
					if (overCap || deepInArea) {
						concerns.add(new Concern(item.id(), item.label(), item.guidance(), false));
					}
				}
				default -> {
					if (item.pressureCap() != null && pressing && pressure > item.pressureCap()) {
						concerns.add(new Concern(item.id(), item.label(), item.guidance(), false));
					}
				}
			}
		}
		return Verdict.of(concerns);
	}

	private static boolean inArea(String region, String side, List<IntakeAnswers.Place> places, List<String> avoid) {
		if (places != null && !places.isEmpty()) {
			return places.stream()
				.anyMatch(place -> place.region().equals(region)
						&& (place.side() == null || "midline".equals(side) || place.side().equals(side)));
		}
		return avoid.contains(region);
	}

}
