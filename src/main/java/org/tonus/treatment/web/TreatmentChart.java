package org.tonus.treatment.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tonus.client.ChartContributor;
import org.tonus.client.ChartPanel;
import org.tonus.client.Client;
import org.tonus.system.ClinicProfiles;
import org.tonus.system.Role;
import org.tonus.treatment.TreatmentPlan;
import org.tonus.treatment.TreatmentPlans;
import org.tonus.treatment.TreatmentSessions;

/** The plan's current frequency and the sessions on the chart: for owner and therapist only. */
@Component
class TreatmentChart implements ChartContributor {

	private final TreatmentPlans plans;

	private final TreatmentSessions sessions;

	private final PlanView view;

	private final ClinicProfiles clinics;

	TreatmentChart(TreatmentPlans plans, TreatmentSessions sessions, PlanView view, ClinicProfiles clinics) {
		this.clinics = clinics;
		this.plans = plans;
		this.sessions = sessions;
		this.view = view;
	}

	@Override
	public List<ChartPanel> panels(Client client, Set<Role> roles) {
		if (!roles.contains(Role.OWNER) && !roles.contains(Role.THERAPIST)) {
			return List.of();
		}
		Locale locale = LocaleContextHolder.getLocale();
		TreatmentPlan plan = plans.currentWithoutAudit(client.id()).orElse(null);
		Map<String, Object> model = new HashMap<>();
		model.put("plan", plan);
		model.put("phase", plan == null || plan.phase() == null ? "" : view.phase(plan.phase(), locale));
		model.put("sessions", sessions.summaries(client.id()));
		model.put("reEvaluationDue", plan != null && plan.reEvaluationOn() != null && !plan.reEvaluationOn().isAfter(clinics.today()));
		return List.of(new ChartPanel(ChartPanel.Placement.PANEL, 13, "treatment/chart", "treatment-panel", model));
	}

}
