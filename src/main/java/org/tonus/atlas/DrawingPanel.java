package org.tonus.atlas;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tonus.knowledge.KnowledgeBase;
import org.tonus.knowledge.Muscle;
import org.tonus.referral.Analysis;
import org.tonus.referral.PainDrawing;
import org.tonus.referral.ReferralEngine;

/**
 * What a page with the interactive pain drawing needs: the map with its labels and place list
 * (for {@code fragments/bodymap}) and the ranked candidates (for {@code atlas/candidates}). The
 * body-map page and a visit's assessment share it.
 */
@Component
public class DrawingPanel {

	public static final int CANDIDATES_SHOWN = 8;

	private final BodyMap map;

	private final KnowledgeBase knowledge;

	private final ReferralEngine engine;

	private final Places places;

	DrawingPanel(BodyMap map, KnowledgeBase knowledge, ReferralEngine engine, Places places) {
		this.map = map;
		this.knowledge = knowledge;
		this.engine = engine;
		this.places = places;
	}

	public record PlaceOption(String key, String label) {
	}

	public record CoverView(String muscleId, String muscleName, String side) {
	}

	/** Adds the map, its labels, the place list and the activities to tick. */
	public void addMap(Model model, Locale locale) {
		Map<String, String> labels = places.shapeLabels(map, locale);
		model.addAttribute("map", map);
		model.addAttribute("labels", labels);
		model.addAttribute("activities", knowledge.activities());
		model.addAttribute("places", placeOptions(labels));
	}

	/** Ranks the drawing's candidates and adds them (and the covering set) for the candidates fragment. */
	public Analysis addCandidates(PainDrawing drawing, Model model, Locale locale) {
		Analysis analysis = engine.analyse(drawing, CANDIDATES_SHOWN);
		addCandidates(analysis, drawing, model, locale);
		return analysis;
	}

	/**
	 * Adds an analysis already made of {@code drawing} (its candidates, at most
	 * {@link #CANDIDATES_SHOWN} of them, and the covering set) for the candidates fragment, without
	 * ranking the drawing again.
	 */
	public void addCandidates(Analysis analysis, PainDrawing drawing, Model model, Locale locale) {
		model.addAttribute("candidates", analysis.candidates()
			.stream()
			.limit(CANDIDATES_SHOWN)
			.map(candidate -> CandidateView.of(candidate, knowledge, places, locale))
			.toList());
		model.addAttribute("cover", analysis.cover()
			.stream()
			.map(muscle -> new CoverView(muscle.muscle(),
					knowledge.muscle(muscle.muscle()).map(Muscle::name).orElse(muscle.muscle()),
					places.sideName(muscle.side(), locale)))
			.toList());
		model.addAttribute("marked", !drawing.marks().isEmpty());
	}

	// The map's places, keyed and labelled as its shapes are, in alphabetical order.
	private static List<PlaceOption> placeOptions(Map<String, String> labels) {
		return labels.entrySet()
			.stream()
			.map(entry -> new PlaceOption(entry.getKey(), entry.getValue()))
			.sorted(Comparator.comparing(PlaceOption::label))
			.toList();
	}

}
