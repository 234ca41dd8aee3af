package org.tonus.charting.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.tonus.charting.SoapNotes;
import org.tonus.client.ChartContributor;
import org.tonus.client.ChartPanel;
import org.tonus.client.Client;
import org.tonus.system.Role;

/** The client's SOAP notes on the chart: for owner and therapist only. */
@Component
class NotesChart implements ChartContributor {

	private final SoapNotes notes;

	NotesChart(SoapNotes notes) {
		this.notes = notes;
	}

	@Override
	public List<ChartPanel> panels(Client client, Set<Role> roles) {
		if (!roles.contains(Role.OWNER) && !roles.contains(Role.THERAPIST)) {
			return List.of();
		}
		return List.of(new ChartPanel(ChartPanel.Placement.PANEL, 15, "charting/chart", "notes-panel",
				Map.of("notes", notes.of(client.id()))));
	}

}
