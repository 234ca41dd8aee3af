package org.tonus.scheduling;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.tonus.client.ClientId;
import org.tonus.treatment.TreatmentPlan;
import org.tonus.treatment.TreatmentPlans;

/**
 * Who is due for a follow-up: clients whose plan's visit frequency, counted from their latest
 * session, comes due within a week (or has passed), and who have no visit booked.
 */
@Component
public class FollowUps {

	public static final int LOOK_AHEAD_DAYS = 7;

	private final TreatmentPlans plans;

	private final AppointmentRepository appointments;

	private final Locations locations;

	private final Clock clock;

	FollowUps(TreatmentPlans plans, AppointmentRepository appointments, Locations locations, Clock clock) {
		this.plans = plans;
		this.appointments = appointments;
		this.locations = locations;
		this.clock = clock;
	}

	public record Due(ClientId client, TreatmentPlan.Phase phase, LocalDate lastVisit, LocalDate due, boolean overdue) {
	}

	public List<Due> due() {
		LocalDate today = clock.instant().atZone(locations.main().zone()).toLocalDate();
		Map<ClientId, java.time.Instant> booked = appointments.nextBooked(clock.instant());
		return plans.followUps()
			.stream()
			.filter(followUp -> !booked.containsKey(followUp.client()))
			.filter(followUp -> !followUp.due().isAfter(today.plusDays(LOOK_AHEAD_DAYS)))
			.map(followUp -> new Due(followUp.client(), followUp.phase(), followUp.lastVisit(), followUp.due(),
					followUp.due().isBefore(today)))
			.toList();
	}

}
