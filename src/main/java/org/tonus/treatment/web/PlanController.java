package org.tonus.treatment.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tonus.assessment.Assessment;
import org.tonus.assessment.Assessments;
import org.tonus.assessment.RomNormals;
import org.tonus.atlas.PointOptions;
import org.tonus.client.Client;
import org.tonus.client.ClientId;
import org.tonus.client.ClientRegistry;
import org.tonus.system.AllowedRoles;
import org.tonus.system.ClinicProfiles;
import org.tonus.system.Role;
import org.tonus.treatment.InvalidTreatment;
import org.tonus.treatment.Technique;
import org.tonus.treatment.TreatmentPlan;
import org.tonus.treatment.TreatmentPlans;

import jakarta.servlet.http.HttpServletResponse;

/** The client's treatment plan: shown, made or revised (each save is a new version), stepped down or up. */
@Controller
@AllowedRoles({ Role.OWNER, Role.THERAPIST })
class PlanController {

	private final TreatmentPlans plans;

	private final ClientRegistry clients;

	private final Assessments assessments;

	private final PlanForm form;

	private final PlanView view;

	private final PointOptions points;

	private final RomNormals normals;

	private final ClinicProfiles clinics;

	PlanController(TreatmentPlans plans, ClientRegistry clients, Assessments assessments, PlanForm form, PlanView view,
			PointOptions points, RomNormals normals, ClinicProfiles clinics) {
		this.plans = plans;
		this.clients = clients;
		this.assessments = assessments;
		this.form = form;
		this.view = view;
		this.points = points;
		this.normals = normals;
		this.clinics = clinics;
	}

	@GetMapping("/clients/{clientId}/plan")
	String show(@PathVariable UUID clientId, Model model, Locale locale) {
		Client client = clients.get(new ClientId(clientId));
		Optional<TreatmentPlan> plan = plans.current(client.id());
		if (plan.isEmpty()) {
			return "redirect:/clients/" + clientId + "/plan/edit";
		}
		model.addAttribute("client", client);
		model.addAttribute("plan", view.of(plan.get(), locale));
		return "treatment/plan";
	}

	@GetMapping("/clients/{clientId}/plan/edit")
	String edit(@PathVariable UUID clientId, Model model, Locale locale) {
		Client client = clients.get(new ClientId(clientId));
		Optional<TreatmentPlan> plan = plans.current(client.id());
		PlanForm.Values values = plan.isPresent()
				? form.fromPlan(plan.get(), latestAssessment(client.id()), locale)
				: form.proposal(client.id(), clinics.today(), locale);
		return page(client, values, Map.of(), plan.isPresent(), model, locale);
	}

	@PostMapping("/clients/{clientId}/plan")
	String save(@PathVariable UUID clientId, @RequestParam MultiValueMap<String, String> submitted, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		Client client = clients.get(new ClientId(clientId));
		try {
			plans.save(client.id(), form.request(submitted));
			redirect.addFlashAttribute("notice", "plan.saved");
			return "redirect:/clients/" + clientId + "/plan";
		}
		catch (InvalidTreatment invalid) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			Optional<TreatmentPlan> plan = plans.currentWithoutAudit(client.id());
			PlanForm.Values offered = plan.isPresent() ? form.fromPlan(plan.get(), latestAssessment(client.id()), locale)
					: form.proposal(client.id(), clinics.today(), locale);
			return page(client, form.resubmitted(submitted, offered, locale), invalid.errors(), plan.isPresent(), model,
					locale);
		}
	}

	@PostMapping("/clients/{clientId}/plan/step")
	String step(@PathVariable UUID clientId, @RequestParam(defaultValue = "down") String direction,
			RedirectAttributes redirect) {
		Client client = clients.get(new ClientId(clientId));
		try {
			plans.step(client.id(), !"up".equals(direction));
			redirect.addFlashAttribute("notice", "up".equals(direction) ? "plan.stepped-up" : "plan.stepped-down");
		}
		catch (InvalidTreatment invalid) {
			redirect.addFlashAttribute("notice", invalid.errors().values().iterator().next());
		}
		return "redirect:/clients/" + clientId + "/plan";
	}

	private Optional<Assessment> latestAssessment(ClientId client) {
		return assessments.of(client).stream().findFirst().map(found -> assessments.read(client, found.id()));
	}

	private String page(Client client, PlanForm.Values values, Map<String, String> errors, boolean revising, Model model,
			Locale locale) {
		model.addAttribute("client", client);
		model.addAttribute("values", values.fields());
		model.addAttribute("targets", values.targets());
		model.addAttribute("assessmentId", values.assessment());
		model.addAttribute("errors", new LinkedHashMap<>(errors));
		model.addAttribute("revising", revising);
		model.addAttribute("goalRows", List.of(0, 1, 2, 3));
		model.addAttribute("phaseRows", List.of(0, 1, 2, 3));
		model.addAttribute("techniques", List.of(Technique.values()));
		model.addAttribute("intervals", List.of(TreatmentPlan.Phase.Interval.values()));
		model.addAttribute("measures", List.of(TreatmentPlan.Goal.Measure.values()));
		model.addAttribute("movements", normals.joints());
		model.addAttribute("pointGroups", points.groups(List.of(), "assessment.finding.suggested", locale));
		return "treatment/planForm";
	}

}
