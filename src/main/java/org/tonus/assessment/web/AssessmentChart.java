package org.tonus.assessment.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.tonus.assessment.Assessments;
import org.tonus.client.ChartContributor;
import org.tonus.client.ChartPanel;
import org.tonus.client.Client;
import org.tonus.system.Role;

/** The client's assessments on the chart: for owner and therapist only. */
@Component
class AssessmentChart implements ChartContributor {

	private final Assessments assessments;

	AssessmentChart(Assessments assessments) {
		this.assessments = assessments;
	}

	@Override
	public List<ChartPanel> panels(Client client, Set<Role> roles) {
		if (!roles.contains(Role.OWNER) && !roles.contains(Role.THERAPIST)) {
			return List.of();
		}
		return List.of(new ChartPanel(ChartPanel.Placement.PANEL, 12, "assessment/chart", "assessments-panel",
				Map.of("assessments", assessments.of(client.id()))));
	}

}
