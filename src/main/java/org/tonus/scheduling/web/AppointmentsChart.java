package org.tonus.scheduling.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.tonus.client.ChartContributor;
import org.tonus.client.ChartPanel;
import org.tonus.client.Client;
import org.tonus.scheduling.Appointment;
import org.tonus.scheduling.AppointmentStatus;
import org.tonus.scheduling.Appointments;
import org.tonus.system.Role;

/** The client's appointments on the chart, upcoming first, with a button to book: for the staff who schedule. One statement. */
@Component
class AppointmentsChart implements ChartContributor {

	private final Appointments appointments;

	AppointmentsChart(Appointments appointments) {
		this.appointments = appointments;
	}

	record Line(String id, Instant start, String with, String status) {
	}

	@Override
	public List<ChartPanel> panels(Client client, Set<Role> roles) {
		if (!roles.contains(Role.OWNER) && !roles.contains(Role.FRONT_DESK) && !roles.contains(Role.THERAPIST)) {
			return List.of();
		}
		Instant now = Instant.now();
		List<Map.Entry<Appointment, String>> all = appointments.forChart(client.id());
		List<Line> upcoming = all.stream()
			.filter(e -> e.getKey().start().isAfter(now) && e.getKey().status() != AppointmentStatus.CANCELLED)
			.sorted(java.util.Comparator.comparing(e -> e.getKey().start()))
			.map(AppointmentsChart::line)
			.toList();
		List<Line> past = all.stream()
			.filter(e -> !e.getKey().start().isAfter(now) || e.getKey().status() == AppointmentStatus.CANCELLED)
			.limit(5)
			.map(AppointmentsChart::line)
			.toList();
		return List.of(new ChartPanel(ChartPanel.Placement.PANEL, 2, "scheduling/chart", "appointments-panel",
				Map.of("upcoming", upcoming, "past", past)));
	}

	private static Line line(Map.Entry<Appointment, String> entry) {
		Appointment a = entry.getKey();
		return new Line(a.id().toString(), a.start(), entry.getValue(), a.status().name().toLowerCase().replace('_', '-'));
	}

}
