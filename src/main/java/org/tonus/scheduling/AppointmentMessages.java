package org.tonus.scheduling;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tonus.client.Client;
import org.tonus.client.ClientRegistry;
import org.tonus.system.ClinicProfile;
import org.tonus.system.ClinicProfiles;
import org.tonus.system.Mail;

/**
 * The words of the messages clients get about their appointments. They say when, with whom and
 * where, and carry the links to change or cancel; never anything about health.
 */
@Component
class AppointmentMessages {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

	private final ClientRegistry clients;

	private final Practitioners practitioners;

	private final ClinicServices services;

	private final Locations locations;

	private final ClinicProfiles clinic;

	private final SignedLinks links;

	AppointmentMessages(ClientRegistry clients, Practitioners practitioners, ClinicServices services, Locations locations,
			ClinicProfiles clinic, SignedLinks links) {
		this.clients = clients;
		this.practitioners = practitioners;
		this.services = services;
		this.locations = locations;
		this.clinic = clinic;
		this.links = links;
	}

	/** Empty when the client has no e-mail address. */
	Optional<OutboxMessage> render(Outbox.Kind kind, Appointment appointment, Integer leadMinutes, String extra,
			String baseUrl) {
		Client client = clients.findWithoutAudit(appointment.client()).orElse(null);
		if (client == null || client.details().email() == null) {
			return Optional.empty();
		}
		String clinicName = clinic.current().map(ClinicProfile::name).orElse("Your clinic");
		Location location = locations.find(appointment.location()).orElse(locations.main());
		ZonedDateTime start = appointment.start().atZone(location.zone());
		String who = practitioners.find(appointment.practitioner()).map(Practitioner::displayName).orElse("your therapist");
		String what = appointment.service() == null ? "Appointment"
				: services.find(appointment.service()).map(ClinicService::name).orElse("Appointment");
		String where = location.address().isBlank() ? location.name() : location.name() + ", " + location.address();
		String first = client.details().preferredName() != null ? client.details().preferredName() : client.details().givenName();
		String manage = baseUrl + "/book/manage/" + links.sign(SignedLinks.Purpose.MANAGE, appointment.id().id());
		String visit = "%s with %s\n%s (%d minutes)\n%s".formatted(what, who, WHEN.format(start) + " " + zoneName(start),
				appointment.minutes(), where);
		return Optional.of(switch (kind) {
			case CONFIRMATION -> new OutboxMessage(client.details().email(), clinicName + ": your appointment is booked",
					"""
							Hello %s,

							your appointment is booked:

							%s

							To change or cancel it: %s
							%s
							The attached file adds it to your calendar.
							""".formatted(first, visit, manage, extra == null ? "" : "\nBefore your first visit, please fill in our questionnaire (about ten minutes): " + extra + "\n"),
					calendar(appointment, what + " – " + clinicName, where, false));
			case REMINDER -> new OutboxMessage(client.details().email(), clinicName + ": reminder of your appointment "
					+ (leadMinutes != null && leadMinutes <= 24 * 60 ? "today" : "on " + start.format(DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH))),
					"""
							Hello %s,

							a reminder of your appointment:

							%s

							If you cannot come, please change or cancel it here: %s
							""".formatted(first, visit, manage), null);
			case CHANGE -> new OutboxMessage(client.details().email(), clinicName + ": your appointment has moved", """
					Hello %s,

					your appointment is now:

					%s

					To change or cancel it: %s
					The attached file updates your calendar.
					""".formatted(first, visit, manage), calendar(appointment, what + " – " + clinicName, where, false));
			case CANCELLATION -> new OutboxMessage(client.details().email(), clinicName + ": your appointment is cancelled",
					"""
							Hello %s,

							this appointment is cancelled:

							%s

							To book another time, please contact us or visit %s/book
							""".formatted(first, visit, baseUrl), calendar(appointment, what + " – " + clinicName, where, true));
			case OFFER -> throw new IllegalArgumentException("Offers are rendered by the waitlist");
		});
	}

	private Mail.Attachment calendar(Appointment appointment, String summary, String where, boolean cancelled) {
		byte[] ics = CalendarFiles.invitation(new CalendarFiles.Event(appointment.id() + "@tonus", appointment.version(),
				appointment.start(), appointment.end(), summary, where, null, cancelled), "Scheduling");
		return new Mail.Attachment("appointment.ics", "text/calendar; charset=UTF-8; method=" + (cancelled ? "CANCEL" : "PUBLISH"),
				ics);
	}

	static String zoneName(ZonedDateTime time) {
		return "(" + DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH).format(time) + ")";
	}

}
