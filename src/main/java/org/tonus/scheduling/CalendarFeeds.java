package org.tonus.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tonus.client.ClientId;
import org.tonus.client.ClientRegistry;
import org.tonus.client.ClientSummary;
import org.tonus.identity.AuditEntry;
import org.tonus.identity.AuditLog;

/**
 * A practitioner's appointments from 30 days back to 180 ahead as an iCalendar feed. A feed leaves
 * the clinic's control (phones, shared calendars), so it names clients by first name and initial
 * only and carries no notes.
 */
@Component
public class CalendarFeeds {

	private final Practitioners practitioners;

	private final AppointmentRepository appointments;

	private final ClinicServices services;

	private final ClientRegistry clients;

	private final AuditLog audit;

	private final java.time.Clock clock;

	CalendarFeeds(Practitioners practitioners, AppointmentRepository appointments, ClinicServices services,
			ClientRegistry clients, AuditLog audit, java.time.Clock clock) {
		this.practitioners = practitioners;
		this.appointments = appointments;
		this.services = services;
		this.clients = clients;
		this.audit = audit;
		this.clock = clock;
	}

	public Optional<String> feed(String token) {
		Optional<Practitioner> owner = practitioners.byFeedToken(token);
		if (owner.isEmpty()) {
			return Optional.empty();
		}
		Practitioner practitioner = owner.get();
		Instant now = clock.instant();
		List<Appointment> booked = appointments.between(now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(180)),
				practitioner.id(), null);
		Map<ClientId, ClientSummary> names = clients.summaries(booked.stream().map(Appointment::client).distinct().toList());
		Map<ServiceId, String> serviceNames = services.all().stream()
			.collect(java.util.stream.Collectors.toMap(ClinicService::id, ClinicService::name));
		List<CalendarFiles.Event> events = booked.stream()
			.map(a -> new CalendarFiles.Event(a.id() + "@tonus", a.version(), a.start(), a.end(),
					shortName(names.get(a.client())) + (a.service() == null ? "" : " · " + serviceNames.getOrDefault(a.service(), "")),
					null, null, false))
			.toList();
		audit.record(AuditEntry.success("calendar.feed.read", "practitioner", practitioner.id()).withDetail(events.size() + " events"));
		return Optional.of(CalendarFiles.feed(practitioner.name() + " · Tonus", events));
	}

	/** "Mara S." */
	static String shortName(ClientSummary client) {
		if (client == null) {
			return "Client";
		}
		String[] parts = client.displayName().split(" ");
		String family = client.familyName();
		return parts[0] + (family == null || family.isEmpty() ? "" : " " + family.charAt(0) + ".");
	}

}
