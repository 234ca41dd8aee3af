package org.tonus.atlas.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tonus.atlas.BodyMap;
import org.tonus.knowledge.KnowledgeBase;
import org.tonus.referral.Analysis;
import org.tonus.referral.DrawingJson;
import org.tonus.referral.InvalidDrawing;
import org.tonus.referral.PainDrawing;
import org.tonus.referral.ReferralEngine;
import org.tonus.system.AllowedRoles;
import org.tonus.system.Role;

import tools.jackson.core.JacksonException;

/**
 * The interactive pain drawing: the therapist (or the client, guided) taps where it hurts, and the
 * ranked candidates next to the map are recomputed on every change. Nothing is stored here; the
 * assessment module will keep drawings with a visit.
 */
@Controller
@AllowedRoles({ Role.OWNER, Role.THERAPIST })
class BodyMapController {

	static final int CANDIDATES_SHOWN = 8;

	private final BodyMap map;

	private final KnowledgeBase knowledge;

	private final ReferralEngine engine;

	private final DrawingJson json;

	private final Places places;

	BodyMapController(BodyMap map, KnowledgeBase knowledge, ReferralEngine engine, DrawingJson json, Places places) {
		this.map = map;
		this.knowledge = knowledge;
		this.engine = engine;
		this.json = json;
		this.places = places;
	}

	@GetMapping("/body-map")
	String page(Model model, Locale locale) {
		model.addAttribute("map", map);
		model.addAttribute("labels", places.shapeLabels(map, locale));
		model.addAttribute("activities", knowledge.activities());
		model.addAttribute("places", map.shapes().stream()
			.map(shape -> new PlaceOption(shape.key(), places.label(shape.region(),
					org.tonus.knowledge.Side.parse(shape.side()), locale)))
			.sorted(java.util.Comparator.comparing(PlaceOption::label))
			.toList());
		return "atlas/bodyMap";
	}

	record PlaceOption(String key, String label) {
	}

	@PostMapping("/body-map/candidates")
	String candidates(@RequestParam(defaultValue = "{\"marks\": []}") String drawing,
			@RequestParam(required = false) List<String> activities, Model model, Locale locale) {
		try {
			PainDrawing marks = json.parse(drawing).drawingOrThrow();
			Analysis analysis = engine.analyse(new PainDrawing(marks.marks(),
					activities == null ? java.util.Set.of() : java.util.Set.copyOf(activities)), CANDIDATES_SHOWN);
			model.addAttribute("candidates", IntStream.range(0, analysis.candidates().size())
				.mapToObj(i -> CandidateView.of(analysis.candidates().get(i), i + 1, knowledge, places, locale))
				.toList());
			model.addAttribute("cover", analysis.cover()
				.stream()
				.map(muscle -> new CoverView(muscle.muscle(),
						knowledge.muscle(muscle.muscle()).map(org.tonus.knowledge.Muscle::name).orElse(muscle.muscle()),
						places.sideName(muscle.side(), locale)))
				.toList());
			model.addAttribute("marked", !marks.marks().isEmpty());
		}
		catch (InvalidDrawing | JacksonException invalid) {
			model.addAttribute("drawingError", true);
		}
		return "atlas/candidates :: candidates";
	}

	record CoverView(String muscleId, String muscleName, String side) {
	}

}
