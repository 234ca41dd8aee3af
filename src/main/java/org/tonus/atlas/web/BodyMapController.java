package org.tonus.atlas.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tonus.atlas.DrawingPanel;
import org.tonus.referral.DrawingJson;
import org.tonus.referral.InvalidDrawing;
import org.tonus.referral.PainDrawing;
import org.tonus.system.AllowedRoles;
import org.tonus.system.Role;

import tools.jackson.core.JacksonException;

/**
 * The interactive pain drawing: the therapist (or the client, guided) taps where it hurts, and the
 * ranked candidates next to the map are recomputed on every change. Nothing is stored here; a
 * visit's assessment keeps its drawing.
 */
@Controller
@AllowedRoles({ Role.OWNER, Role.THERAPIST })
class BodyMapController {

	private final DrawingPanel panel;

	private final DrawingJson json;

	BodyMapController(DrawingPanel panel, DrawingJson json) {
		this.panel = panel;
		this.json = json;
	}

	@GetMapping("/body-map")
	String page(Model model, Locale locale) {
		panel.addMap(model, locale);
		return "atlas/bodyMap";
	}

	@PostMapping("/body-map/candidates")
	String candidates(@RequestParam(defaultValue = "{\"marks\": []}") String drawing,
			@RequestParam(required = false) List<String> activities, Model model, Locale locale) {
		try {
			PainDrawing marks = json.parse(drawing).drawingOrThrow();
			panel.addCandidates(new PainDrawing(marks.marks(), activities == null ? Set.of() : Set.copyOf(activities)),
					model, locale);
		}
		catch (InvalidDrawing | JacksonException invalid) {
			model.addAttribute("drawingError", true);
		}
		return "atlas/candidates :: candidates";
	}

}
