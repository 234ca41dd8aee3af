package org.tonus.intake.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.tonus.client.ChartContributor;
import org.tonus.client.ChartPanel;
import org.tonus.client.Client;
import org.tonus.intake.ContraindicationScreens;
import org.tonus.intake.IntakeForms;
import org.tonus.intake.IntakeLinks;
import org.tonus.intake.IntakeMailer;
import org.tonus.intake.Prescription;
import org.tonus.intake.PrescriptionBook;
import org.tonus.intake.Screening;
import org.tonus.knowledge.KnowledgeBase;
import org.tonus.system.ClinicProfiles;
import org.tonus.system.Role;

/**
 * What the intake module shows on the chart, by role: the contraindication banner and the
 * questionnaire's answers to owner and therapist only; the questionnaire's status and the link to
 * send to front desk too; prescriptions to owner, therapist and billing (to the front desk only
 * how many visits remain).
 */
@Component
class IntakeChart implements ChartContributor {

	private static final Set<Role> CLINICAL = Set.of(Role.OWNER, Role.THERAPIST);

	private final ContraindicationScreens screens;

	private final IntakeForms forms;

	private final IntakeLinks links;

	private final IntakeMailer mail;

	private final PrescriptionBook prescriptions;

	private final KnowledgeBase knowledge;

	private final org.tonus.intake.Icd10Catalog icd10;

	private final ClinicProfiles clinics;

	IntakeChart(ContraindicationScreens screens, IntakeForms forms, IntakeLinks links, IntakeMailer mail,
			PrescriptionBook prescriptions, KnowledgeBase knowledge, org.tonus.intake.Icd10Catalog icd10,
			ClinicProfiles clinics) {
		this.screens = screens;
		this.forms = forms;
		this.links = links;
		this.mail = mail;
		this.prescriptions = prescriptions;
		this.knowledge = knowledge;
		this.icd10 = icd10;
		this.clinics = clinics;
	}

	@Override
	public List<ChartPanel> panels(Client client, Set<Role> roles) {
		boolean clinical = roles.stream().anyMatch(CLINICAL::contains);
		boolean frontDesk = roles.contains(Role.FRONT_DESK);
		boolean billing = roles.contains(Role.BILLING);
		List<ChartPanel> panels = new ArrayList<>();
		if (clinical) {
			Screening current = screens.current(client.id()).orElse(null);
			Map<String, Object> model = new HashMap<>();
			model.put("screening", current);
			model.put("catalogue", screens.catalogue());
			model.put("strictest", current == null ? null : current.strictest(screens.catalogue()).orElse(null));
			model.put("pressureCap", current == null ? null : current.pressureCap(screens.catalogue()).orElse(null));
			model.put("knowledge", knowledge);
			panels.add(new ChartPanel(ChartPanel.Placement.BANNER, 10, "intake/chart", "screening-banner", model));
		}
		if (clinical || frontDesk) {
			Map<String, Object> model = new HashMap<>();
			model.put("latest", clinical ? forms.latest(client.id()).orElse(null) : null);
			model.put("statuses", forms.statuses(client.id()));
			model.put("links", links.sent(client.id()));
			model.put("mailConfigured", mail.configured());
			model.put("clinical", clinical);
			model.put("knowledge", knowledge);
			panels.add(new ChartPanel(ChartPanel.Placement.PANEL, 20, "intake/chart", "intake-panel", model));
		}
		if (clinical || billing || frontDesk) {
			LocalDate today = clinics.today();
			Map<String, Object> model = new HashMap<>();
			List<Prescription> list = prescriptions.of(client.id());
			model.put("prescriptions", list);
			model.put("today", today);
			model.put("showDiagnoses", clinical || billing);
			model.put("canRecord", clinical);
			model.put("icd10", icd10);
			panels.add(new ChartPanel(ChartPanel.Placement.PANEL, 30, "intake/chart", "prescriptions-panel", model));
			if (list.stream().anyMatch(p -> p.runningOut(today)) && (clinical || frontDesk)) {
				panels.add(new ChartPanel(ChartPanel.Placement.BANNER, 20, "intake/chart", "prescription-banner",
						Map.of("prescriptions", list.stream().filter(p -> p.runningOut(today)).toList(), "today", today)));
			}
		}
		return panels;
	}

}
