package org.tonus.scheduling;

import org.springframework.stereotype.Component;

/** A client takes a waitlist offer: booked like an online booking, so the constraints decide who was first. */
@Component
public class OfferClaims {

	public enum Outcome {

		BOOKED, TAKEN, GONE

	}

	public record Claim(Outcome outcome, Appointment appointment) {
	}

	private final Waitlist waitlist;

	private final Appointments appointments;

	OfferClaims(Waitlist waitlist, Appointments appointments) {
		this.waitlist = waitlist;
		this.appointments = appointments;
	}

	public Claim claim(Waitlist.Offer offer) {
		if (offer.gone() || offer.claimed()) {
			return new Claim(Outcome.GONE, null);
		}
		try {
			Appointment booked = appointments.book(new BookingRequest(offer.practitioner(), offer.entry().client(),
					offer.entry().service(), offer.room(), offer.start(), null, null, null, BookingSource.WAITLIST));
			waitlist.claimed(offer, booked.id());
			return new Claim(Outcome.BOOKED, booked);
		}
		catch (SlotTaken taken) {
			return new Claim(Outcome.TAKEN, null);
		}
		catch (InvalidSchedule tooLateOrChanged) {
			return new Claim(Outcome.GONE, null);
		}
	}

}
