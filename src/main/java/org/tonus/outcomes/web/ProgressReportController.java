package org.tonus.outcomes.web;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tonus.atlas.BodyMap;
import org.tonus.atlas.Places;
import org.tonus.client.Client;
import org.tonus.client.ClientId;
import org.tonus.client.ClientNotFound;
import org.tonus.client.ClientRegistry;
import org.tonus.outcomes.InvalidAnswers;
import org.tonus.outcomes.ProgressReport;
import org.tonus.outcomes.ProgressReportDrafts;
import org.tonus.outcomes.ProgressReports;
import org.tonus.system.AllowedRoles;
import org.tonus.system.ClinicProfiles;
import org.tonus.system.NotFound;
import org.tonus.system.Role;

/**
 * The progress report: a preview of what the chart says now, signed with the therapist's
 * recommendation into a PDF that does not change afterwards, downloaded or e-mailed to the
 * prescriber, the client or another address.
 */
@Controller
@AllowedRoles({ Role.OWNER, Role.THERAPIST })
class ProgressReportController {

	private final ProgressReportDrafts drafts;

	private final ProgressReports reports;

	private final ClientRegistry clients;

	private final ClinicProfiles clinics;

	private final BodyMap map;

	private final Places places;

	ProgressReportController(ProgressReportDrafts drafts, ProgressReports reports, ClientRegistry clients,
			ClinicProfiles clinics, BodyMap map, Places places) {
		this.drafts = drafts;
		this.reports = reports;
		this.clients = clients;
		this.clinics = clinics;
		this.map = map;
		this.places = places;
	}

	@GetMapping("/clients/{clientId}/report")
	String preview(@PathVariable UUID clientId, Model model) {
		Client client = client(clientId);
		ProgressReport report = drafts.draft(client.id());
		return page(client, report, report.suggestedRecommendation(), Map.of(), model);
	}

	@PostMapping("/clients/{clientId}/reports")
	String sign(@PathVariable UUID clientId, @RequestParam(required = false) String recommendation, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Client client = client(clientId);
		try {
			reports.sign(client.id(), recommendation);
			redirect.addFlashAttribute("notice", "The report is signed. Download it or send it below.");
			return "redirect:/clients/" + clientId + "/report#signed";
		}
		catch (InvalidAnswers invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(client, drafts.draft(client.id()), recommendation,
					Map.of("recommendation", MeasureMessages.of(invalid.problems().get(0).code())), model);
		}
		catch (ProgressReports.NoReportData nothing) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(client, drafts.draft(client.id()), recommendation, Map.of(), model);
		}
	}

	@GetMapping("/clients/{clientId}/reports/{reportId}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID clientId, @PathVariable UUID reportId) {
		byte[] pdf = reports.pdf(client(clientId).id(), reportId);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("progress-report.pdf").build().toString())
			.body(pdf);
	}

	@PostMapping("/clients/{clientId}/reports/{reportId}/send")
	String send(@PathVariable UUID clientId, @PathVariable UUID reportId,
			@RequestParam(required = false) String recipient, @RequestParam(required = false) String address,
			RedirectAttributes redirect) {
		Client client = client(clientId);
		ProgressReports.Recipient to;
		try {
			to = ProgressReports.Recipient.valueOf(recipient == null ? "" : recipient);
		}
		catch (IllegalArgumentException unknown) {
			to = ProgressReports.Recipient.OTHER;
		}
		try {
			reports.send(client.id(), reportId, to, address);
			redirect.addFlashAttribute("notice", "The report was sent.");
		}
		catch (InvalidAnswers invalid) {
			redirect.addFlashAttribute("sendError", MeasureMessages.of(invalid.problems().get(0).code()));
			redirect.addFlashAttribute("sendReport", reportId);
		}
		return "redirect:/clients/" + clientId + "/report#signed";
	}

	private String page(Client client, ProgressReport report, String recommendation, Map<String, String> errors, Model model) {
		model.addAttribute("client", client);
		model.addAttribute("report", report);
		model.addAttribute("recommendation", recommendation);
		model.addAttribute("errors", errors);
		model.addAttribute("signed", reports.of(client.id()));
		model.addAttribute("signer", reports.signerName());
		model.addAttribute("prescriberEmail", reports.prescriberEmail(client.id()).orElse(null));
		model.addAttribute("max", ProgressReports.RECOMMENDATION_MAX);
		model.addAttribute("zone", clinics.current().map(org.tonus.system.ClinicProfile::timeZone).orElse(java.time.ZoneOffset.UTC));
		model.addAttribute("map", map);
		model.addAttribute("labels", places.shapeLabels(map, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
		return "outcomes/report";
	}

	private Client client(UUID id) {
		try {
			return clients.get(new ClientId(id));
		}
		catch (ClientNotFound notFound) {
			throw new NotFound();
		}
	}

}
