package org.tonus.homecare.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.tonus.client.ChartContributor;
import org.tonus.client.ChartPanel;
import org.tonus.client.Client;
import org.tonus.homecare.HomeCarePrograms;
import org.tonus.system.Role;

/** The client's home-care programs on the chart: for owner and therapist only. */
@Component
class HomeCareChart implements ChartContributor {

	private final HomeCarePrograms programs;

	HomeCareChart(HomeCarePrograms programs) {
		this.programs = programs;
	}

	@Override
	public List<ChartPanel> panels(Client client, Set<Role> roles) {
		if (!roles.contains(Role.OWNER) && !roles.contains(Role.THERAPIST)) {
			return List.of();
		}
		return List.of(new ChartPanel(ChartPanel.Placement.PANEL, 16, "homecare/chart", "homecare-panel",
				Map.of("programs", programs.summaries(client.id()))));
	}

}
