package org.tonus.outcomes.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.tonus.client.ChartContributor;
import org.tonus.client.ChartPanel;
import org.tonus.client.Client;
import org.tonus.outcomes.Measures;
import org.tonus.system.Role;

/** The verdicts of the client's measures on the chart: for owner and therapist. */
@Component
class MeasuresChart implements ChartContributor {

	private final Measures measures;

	MeasuresChart(Measures measures) {
		this.measures = measures;
	}

	@Override
	public List<ChartPanel> panels(Client client, Set<Role> roles) {
		if (!roles.contains(Role.OWNER) && !roles.contains(Role.THERAPIST)) {
			return List.of();
		}
		return List.of(new ChartPanel(ChartPanel.Placement.PANEL, 14, "outcomes/chart", "measures-panel",
				Map.of("trends", MeasuresController.trends(measures, client.id(), java.util.Optional.empty()))));
	}

}
