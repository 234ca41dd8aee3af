package org.tonus.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tonus.client.Client;
import org.tonus.client.ClientDetails;
import org.tonus.client.ClientRegistry;
import org.tonus.client.PreferredContact;
import org.tonus.identity.DemoClinicCreated;
import org.tonus.system.ClinicProfiles;

/**
 * Fills the demo clinic with invented clients: contacts and consents, intake questionnaires with
 * typical trigger-point complaints, screens (one on anticoagulants, one pregnant) and prescriptions,
 * one of them nearly used up. Every name, date and number is made up.
 */
@Component
class DemoClients {

	private static final List<String[]> PEOPLE = List.of(new String[] { "Anna", "Müller" },
			new String[] { "Kwame", "Mensah" }, new String[] { "Sofia", "Rossi" }, new String[] { "Liam", "O'Connor" },
			new String[] { "Mei", "Chen" }, new String[] { "Diego", "Hernández" }, new String[] { "Aisha", "Rahman" },
			new String[] { "Noah", "Svensson" }, new String[] { "Fatima", "Al-Sayed" }, new String[] { "Jonas", "Becker" },
			new String[] { "Priya", "Nair" }, new String[] { "Tomasz", "Nowak" }, new String[] { "Elena", "Popescu" },
			new String[] { "Samuel", "Okafor" }, new String[] { "Hana", "Tanaka" }, new String[] { "Lucas", "Moreau" },
			new String[] { "Grace", "Williams" }, new String[] { "Mateo", "García" }, new String[] { "Ingrid", "Larsen" },
			new String[] { "Omar", "Haddad" }, new String[] { "Chloé", "Dubois" }, new String[] { "Ravi", "Patel" },
			new String[] { "Zoe", "Papadopoulos" }, new String[] { "Ethan", "Brown" }, new String[] { "Leila", "Karimi" },
			new String[] { "Henrik", "Nielsen" }, new String[] { "Amara", "Diallo" }, new String[] { "Pablo", "Ruiz" },
			new String[] { "Yuki", "Sato" }, new String[] { "Nora", "Fischer" });

	private record Complaint(String description, List<IntakeAnswers.Place> places, IntakeAnswers.Cause cause,
			List<String> activities) {
	}

	private static final List<Complaint> COMPLAINTS = List.of(
			new Complaint("Tension headache at the temple, worse after long days at the computer",
					List.of(new IntakeAnswers.Place("temple", "right"), new IntakeAnswers.Place("neck-side", "right")),
					IntakeAnswers.Cause.POSTURE, List.of("typing", "laptop-posture")),
			new Complaint("Low back pain spreading into the buttock",
					List.of(new IntakeAnswers.Place("low-back", "left"), new IntakeAnswers.Place("buttock-upper", "left")),
					IntakeAnswers.Cause.REPETITIVE_WORK, List.of("lifting", "prolonged-sitting")),
			new Complaint("Pain in the front of the shoulder and down the arm",
					List.of(new IntakeAnswers.Place("shoulder-front", "right"), new IntakeAnswers.Place("upper-arm-side", "right")),
					IntakeAnswers.Cause.SPORT, List.of("swimming", "overhead-work")),
			new Complaint("Heel pain first thing in the morning",
					List.of(new IntakeAnswers.Place("heel", "left"), new IntakeAnswers.Place("calf", "left")),
					IntakeAnswers.Cause.SPORT, List.of("running", "walking-hills")),
			new Complaint("Jaw pain and clicking, worse when stressed",
					List.of(new IntakeAnswers.Place("jaw", "left"), new IntakeAnswers.Place("ear", "left")),
					IntakeAnswers.Cause.STRESS, List.of("clenching", "emotional-stress")),
			new Complaint("Outer elbow pain when gripping",
					List.of(new IntakeAnswers.Place("elbow-outer", "right"), new IntakeAnswers.Place("forearm-back", "right")),
					IntakeAnswers.Cause.REPETITIVE_WORK, List.of("mouse-use", "gripping")));

	private final ClientRegistry clients;

	private final IntakeForms forms;

	private final ContraindicationScreens screens;

	private final PrescriptionBook prescriptions;

	private final ClinicProfiles clinics;

	DemoClients(ClientRegistry clients, IntakeForms forms, ContraindicationScreens screens, PrescriptionBook prescriptions,
			ClinicProfiles clinics) {
		this.clients = clients;
		this.forms = forms;
		this.screens = screens;
		this.prescriptions = prescriptions;
		this.clinics = clinics;
	}

	@EventListener
	@org.springframework.core.annotation.Order(0)
	void on(DemoClinicCreated created) {
		Random random = new Random(2026);
		LocalDate today = clinics.today();
		for (int i = 0; i < PEOPLE.size(); i++) {
			String[] name = PEOPLE.get(i);
			LocalDate birth = today.minusYears(22 + random.nextInt(55)).minusDays(random.nextInt(365));
			String email = (name[0] + "." + name[1]).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z.]", "") + "@example.com";
			String phone = "+1 604 555 " + String.format("%04d", 100 + i * 37);
			Client client = clients.register(new ClientDetails(name[0], name[1], null, birth, email, phone, null,
					i % 3 == 0 ? "A. " + name[1] : null, i % 3 == 0 ? "+1 604 555 0199" : null, i % 3 == 0 ? "Partner" : null,
					i % 4 == 0 ? PreferredContact.SMS : PreferredContact.EMAIL, null));
			if (i % 5 != 4) {
				clients.recordConsent(client.id(), ClientRegistry.ConsentKind.TREATMENT, name[0] + " " + name[1]);
			}
			if (i < 12) {
				intake(client, COMPLAINTS.get(i % COMPLAINTS.size()), random, today, i);
			}
			if (i < 8) {
				prescribe(client, i, today);
			}
		}
	}

	private void intake(Client client, Complaint complaint, Random random, LocalDate today, int i) {
		Map<String, IntakeAnswers.ScreeningAnswer> screening = new java.util.LinkedHashMap<>();
		for (Contraindications.Item item : screens.catalogue().items()) {
			if (item.clientFacing()) {
				screening.put(item.id(), new IntakeAnswers.ScreeningAnswer(false, null));
			}
		}
		if (i == 1) {
			screens.catalogue().items().stream().filter(item -> item.id().contains("anticoag") || item.id().contains("blood-thinner"))
				.findFirst()
				.ifPresent(item -> screening.put(item.id(), new IntakeAnswers.ScreeningAnswer(true, "Takes a blood thinner daily")));
		}
		if (i == 2) {
			screens.catalogue().items().stream().filter(item -> item.id().startsWith("pregnan")).findFirst()
				.ifPresent(item -> screening.put(item.id(), new IntakeAnswers.ScreeningAnswer(true, "24 weeks")));
		}
		int now = 3 + random.nextInt(5);
		IntakeAnswers.ProblemArea problem = new IntakeAnswers.ProblemArea(complaint.description(), complaint.places(),
				today.minusWeeks(3 + random.nextInt(40)), complaint.cause(), now, Math.max(0, now - 3), Math.min(10, now + 3),
				"Sitting for long, carrying bags", "Heat, walking", IntakeAnswers.Effect.MODERATE, IntakeAnswers.Effect.MILD,
				IntakeAnswers.Effect.MODERATE);
		forms.submit(client.id(), new IntakeAnswers(List.of(problem), complaint.activities(), "Desk job, laptop on the kitchen table",
				4 + random.nextInt(5), "Work a full day without pain", null, null, "Physiotherapy two years ago", screening),
				i % 2 == 0 ? "CLIENT_LINK" : "STAFF");
	}

	/** Prescribed eight weeks ago; the visits weekly since, the last one a week ago (7 of 8 for the first client). */
	private void prescribe(Client client, int i, LocalDate today) {
		String[] codes = { "M79.18", "M54.2", "M54.50", "G44.209", "M79.7", "M77.11", "M72.2", "M26.602" };
		String code = prescriptions.icd10Codes().contains(codes[i]) ? codes[i] : "M79.18";
		Prescription prescription = prescriptions.add(client.id(), new PrescriptionBook.Request("Dr. Demo Physician " + (i + 1),
				null, "Harbourside Family Practice (demo)", "+1 604 555 0100", today.minusWeeks(8), List.of(code), 8,
				"Once a week", today.plusWeeks(i == 0 ? 1 : 10), null));
		int used = i == 0 ? 7 : i % 4;
		for (int visit = 0; visit < used; visit++) {
			prescriptions.recordVisit(client.id(), prescription.id(), today.minusWeeks(used - visit));
		}
	}

}
