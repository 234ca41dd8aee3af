package org.tonus.scheduling.web;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tonus.identity.CurrentUser;
import org.tonus.identity.SignedInUser;
import org.tonus.scheduling.Practitioner;
import org.tonus.scheduling.PractitionerId;
import org.tonus.scheduling.Practitioners;
import org.tonus.scheduling.ScheduleNotFound;
import org.tonus.system.Role;

/**
 * Who may manage whose schedule: the owner and the front desk manage everyone's; a therapist manages
 * only their own (the practitioner linked to their account). Refusals look like "not found", so a
 * therapist learns nothing about colleagues' bookings.
 */
@Component
class ScheduleAccess {

	private final Practitioners practitioners;

	ScheduleAccess(Practitioners practitioners) {
		this.practitioners = practitioners;
	}

	boolean managesAll() {
		SignedInUser user = CurrentUser.require();
		return user.roles().contains(Role.OWNER) || user.roles().contains(Role.FRONT_DESK);
	}

	/** The practitioner a therapist-only user is limited to (empty for those who manage all). */
	Optional<Practitioner> ownOnly() {
		if (managesAll()) {
			return Optional.empty();
		}
		return Optional.of(practitioners.forUser(CurrentUser.require().id().id()).orElseThrow(ScheduleNotFound::new));
	}

	/** True for a therapist whose account no practitioner is linked to yet: they have no schedule to see. */
	boolean unlinkedTherapist() {
		return !managesAll() && practitioners.forUser(CurrentUser.require().id().id()).isEmpty();
	}

	void requireManages(PractitionerId practitioner) {
		ownOnly().ifPresent(own -> {
			if (!own.id().equals(practitioner)) {
				throw new ScheduleNotFound();
			}
		});
	}

}
