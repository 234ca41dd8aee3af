package org.tonus.outcomes.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tonus.outcomes.ClinicOutcomes;
import org.tonus.outcomes.InstrumentCatalog;
import org.tonus.outcomes.InvalidInstrument;
import org.tonus.system.AllowedRoles;
import org.tonus.system.NotFound;
import org.tonus.system.Role;

/**
 * For the owner: how clients fare by condition and measure (no names), and the clinic's own
 * licensed instruments, added as data and retired rather than deleted.
 */
@Controller
@AllowedRoles(Role.OWNER)
class ClinicOutcomesController {

	private final ClinicOutcomes outcomes;

	private final InstrumentCatalog catalog;

	ClinicOutcomesController(ClinicOutcomes outcomes, InstrumentCatalog catalog) {
		this.outcomes = outcomes;
		this.catalog = catalog;
	}

	@GetMapping("/outcomes")
	String clinic(Model model) {
		model.addAttribute("rows", outcomes.rows());
		model.addAttribute("smallest", ClinicOutcomes.SMALLEST_GROUP);
		model.addAttribute("all", ClinicOutcomes.ALL);
		return "outcomes/clinic";
	}

	@GetMapping("/outcomes/instruments")
	String instruments(Model model) {
		return instrumentsPage("", java.util.List.of(), model);
	}

	@PostMapping("/outcomes/instruments")
	String add(@RequestParam(required = false) String definition, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("notice", catalog.add(definition).name() + " can now be assigned and entered.");
			return "redirect:/outcomes/instruments";
		}
		catch (InvalidInstrument invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return instrumentsPage(definition, invalid.problems(), model);
		}
	}

	@PostMapping("/outcomes/instruments/{id}/retire")
	String retire(@PathVariable String id, RedirectAttributes redirect) {
		try {
			catalog.retire(id);
		}
		catch (InvalidInstrument unknown) {
			throw new NotFound();
		}
		redirect.addFlashAttribute("notice", "Retired. Its measures stay in the charts.");
		return "redirect:/outcomes/instruments";
	}

	private String instrumentsPage(String definition, java.util.List<String> problems, Model model) {
		model.addAttribute("builtIn", catalog.shipped());
		model.addAttribute("own", catalog.own());
		model.addAttribute("definition", definition);
		model.addAttribute("problems", problems);
		return "outcomes/instruments";
	}

}
