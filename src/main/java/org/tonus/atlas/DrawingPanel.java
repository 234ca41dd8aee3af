package org.tonus.atlas;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tonus.knowledge.KnowledgeBase;
import org.tonus.knowledge.Muscle;
import org.tonus.knowledge.Side;
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
		model.addAttribute("map", map);
		model.addAttribute("labels", places.shapeLabels(map, locale));
		model.addAttribute("activities", knowledge.activities());
		model.addAttribute("places", placeOptions(locale));
	}

	/** Ranks the drawing's candidates and adds them (and the covering set) for the candidates fragment. */
	public Analysis addCandidates(PainDrawing drawing, Model model, Locale locale) {
		Analysis analysis = engine.analyse(drawing, CANDIDATES_SHOWN);
		model.addAttribute("candidates", IntStream.range(0, analysis.candidates().size())
			.mapToObj(i -> CandidateView.of(analysis.candidates().get(i), i + 1, knowledge, places, locale))
			.toList());
		model.addAttribute("cover", analysis.cover()
			.stream()
			.map(muscle -> new CoverView(muscle.muscle(),
					knowledge.muscle(muscle.muscle()).map(Muscle::name).orElse(muscle.muscle()),
					places.sideName(muscle.side(), locale)))
			.toList());
		model.addAttribute("marked", !drawing.marks().isEmpty());
		return analysis;
	}

	public List<PlaceOption> placeOptions(Locale locale) {
		return map.shapes()
			.stream()
			.map(shape -> new PlaceOption(shape.key(), places.label(shape.region(), Side.parse(shape.side()), locale)))
			.sorted(Comparator.comparing(PlaceOption::label))
			.toList();
	}

}
