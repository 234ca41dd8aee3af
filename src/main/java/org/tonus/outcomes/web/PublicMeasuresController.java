package org.tonus.outcomes.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tonus.outcomes.Instrument;
import org.tonus.outcomes.InvalidAnswers;
import org.tonus.outcomes.Measures;
import org.tonus.system.ClinicProfiles;
import org.tonus.system.PublicAccess;

/**
 * The questionnaires a client was sent, on their phone, through the single-use link: answered and
 * sent once; a used or expired link says so and stores nothing.
 */
@Controller
@PublicAccess("clients answer the questionnaires assigned to them with the single-use link they were sent")
class PublicMeasuresController {

	private final Measures measures;

	private final ClinicProfiles clinics;

	PublicMeasuresController(Measures measures, ClinicProfiles clinics) {
		this.measures = measures;
		this.clinics = clinics;
	}

	@GetMapping("/measures/{token}")
	String form(@PathVariable String token, Model model, HttpServletResponse response) {
		Measures.Opened opened = measures.open(token);
		if (opened.state() != Measures.LinkState.VALID) {
			return gone(opened, model, response);
		}
		return page(opened, token, Map.of(), Map.of(), model);
	}

	@PostMapping("/measures/{token}")
	String submit(@PathVariable String token, @RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
		Measures.Opened opened = measures.open(token);
		if (opened.state() != Measures.LinkState.VALID) {
			return gone(opened, model, response);
		}
		Map<String, Map<String, Integer>> answers = new LinkedHashMap<>();
		for (Instrument instrument : instruments(opened)) {
			answers.put(instrument.id(), AnswerForm.read(instrument, form));
		}
		try {
			if (measures.submit(token, answers).isEmpty()) {
				return gone(measures.open(token), model, response);
			}
			model.addAttribute("clinicName", clinicName());
			return "outcomes/thanks";
		}
		catch (InvalidAnswers invalid) {
			Map<String, String> errors = new LinkedHashMap<>();
			invalid.problems().forEach(problem -> errors.putIfAbsent(problem.item(), MeasureMessages.of(problem.code())));
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(opened, token, form, errors, model);
		}
	}

	private String page(Measures.Opened opened, String token, Map<String, String> form, Map<String, String> errors, Model model) {
		model.addAttribute("instruments", instruments(opened));
		model.addAttribute("token", token);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("rows", java.util.stream.IntStream.range(0, AnswerForm.NAMED_ROWS).boxed().toList());
		model.addAttribute("clinicName", clinicName());
		return "outcomes/public";
	}

	private String gone(Measures.Opened opened, Model model, HttpServletResponse response) {
		response.setStatus(opened.state() == Measures.LinkState.UNKNOWN ? HttpStatus.NOT_FOUND.value() : HttpStatus.GONE.value());
		model.addAttribute("used", opened.state() == Measures.LinkState.USED);
		model.addAttribute("clinicName", clinicName());
		return "outcomes/gone";
	}

	private List<Instrument> instruments(Measures.Opened opened) {
		return opened.instruments().stream().map(id -> measures.allInstruments().find(id).orElseThrow()).toList();
	}

	private String clinicName() {
		return clinics.current().map(clinic -> clinic.name()).orElse("Tonus");
	}

}
