package org.tonus.intake;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tonus.client.ClientId;
import org.tonus.client.ClientTimeline;
import org.tonus.identity.AuditEntry;
import org.tonus.identity.AuditLog;
import org.tonus.identity.CurrentUser;
import org.tonus.system.ClinicProfiles;

/**
 * Prescriptions and the visits counted against them. Rules: a prescriber's name; an NPI, when given,
 * of 10 digits with a valid check digit; diagnoses from the bundled ICD-10-CM list; 1-200 visits; a
 * prescription date not in the future and an expiry not before it ("today" is the clinic's date).
 * Prescriptions are voided with a reason, never deleted.
 */
@Component
public class PrescriptionBook {

	public record Request(String prescriberName, String npi, String practice, String contact, LocalDate prescribedOn,
			List<String> diagnoses, Integer authorisedVisits, String frequency, LocalDate expiresOn, String notes) {
	}

	private final JdbcClient jdbc;

	private final Icd10Catalog icd10;

	private final ClientTimeline timeline;

	private final AuditLog audit;

	private final ClinicProfiles clinics;

	private final Clock clock;

	PrescriptionBook(JdbcClient jdbc, Icd10Catalog icd10, ClientTimeline timeline, AuditLog audit, ClinicProfiles clinics,
			Clock clock) {
		this.jdbc = jdbc;
		this.icd10 = icd10;
		this.timeline = timeline;
		this.audit = audit;
		this.clinics = clinics;
		this.clock = clock;
	}

	@Transactional
	public Prescription add(ClientId client, Request request) {
		Map<String, String> errors = check(request);
		if (!errors.isEmpty()) {
			throw new InvalidPrescription(errors);
		}
		UUID id = UUID.randomUUID();
		List<String> codes = request.diagnoses().stream().map(code -> icd10.find(code).orElseThrow().code()).distinct().toList();
		jdbc.sql("""
				INSERT INTO intake_prescription (id, client_id, prescriber_name, prescriber_npi, prescriber_practice,
				    prescriber_contact, prescribed_on, diagnoses, authorised_visits, frequency, expires_on, notes,
				    created_at, created_by)
				VALUES (:id, :client, :name, :npi, :practice, :contact, :on, :codes::text[], :visits, :frequency, :expires,
				    :notes, :now, :by)
				""")
			.param("id", id)
			.param("client", client.id())
			.param("name", request.prescriberName().strip())
			.param("npi", blankToNull(request.npi()))
			.param("practice", blankToNull(request.practice()))
			.param("contact", blankToNull(request.contact()))
			.param("on", request.prescribedOn())
			.param("codes", "{" + String.join(",", codes) + "}")
			.param("visits", request.authorisedVisits())
			.param("frequency", blankToNull(request.frequency()))
			.param("expires", request.expiresOn())
			.param("notes", blankToNull(request.notes()))
			.param("now", Timestamp.from(clock.instant()))
			.param("by", CurrentUser.get().map(user -> user.id().id()).orElse(null))
			.update();
		audit.record(AuditEntry.success("prescription.create", "client", client));
		timeline.add(client, "intake.prescription", true, "Prescription from " + request.prescriberName().strip() + " for "
				+ request.authorisedVisits() + " visits", null);
		return find(client, id).orElseThrow();
	}

	public java.util.Set<String> icd10Codes() {
		return icd10.all().stream().map(Icd10Catalog.Code::code).collect(java.util.stream.Collectors.toSet());
	}

	/**
	 * Every client's diagnoses on their first prescription (not voided), for aggregate outcomes; a
	 * client without one is left out. Not audited per client: the caller reports aggregates only.
	 */
	public Map<ClientId, List<String>> firstDiagnoses() {
		Map<ClientId, List<String>> found = new java.util.HashMap<>();
		jdbc.sql("""
				SELECT DISTINCT ON (client_id) client_id, diagnoses FROM intake_prescription WHERE voided_at IS NULL
				ORDER BY client_id, prescribed_on, created_at
				""").query(rs -> {
			found.put(new ClientId(rs.getObject("client_id", UUID.class)), List.of((String[]) rs.getArray("diagnoses").getArray()));
		});
		return found;
	}

	/** Active and past prescriptions of a client, newest first (not the voided ones). */
	public List<Prescription> of(ClientId client) {
		return jdbc.sql("""
				SELECT p.*, (SELECT count(*) FROM intake_prescription_visit v
				             WHERE v.prescription_id = p.id AND v.voided_at IS NULL) AS used
				FROM intake_prescription p WHERE p.client_id = ? AND p.voided_at IS NULL
				ORDER BY p.prescribed_on DESC, p.created_at DESC
				""").param(client.id()).query((rs, n) -> map(rs, client)).list();
	}

	public Optional<Prescription> find(ClientId client, UUID id) {
		return of(client).stream().filter(prescription -> prescription.id().equals(id)).findFirst();
	}

	/**
	 * Counts a visit against a prescription; refused when none remain, it has expired, or the day is
	 * before the prescription or after today. The prescription's row is locked first, so two clicks at
	 * once cannot count more visits than it authorises.
	 */
	@Transactional
	public boolean recordVisit(ClientId client, UUID prescriptionId, LocalDate day) {
		jdbc.sql("SELECT id FROM intake_prescription WHERE id = ? AND client_id = ? AND voided_at IS NULL FOR UPDATE")
			.params(prescriptionId, client.id())
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new IllegalArgumentException("No such prescription"));
		Prescription prescription = find(client, prescriptionId).orElseThrow(() -> new IllegalArgumentException("No such prescription"));
		if (!prescription.active(day) || day.isBefore(prescription.prescribedOn()) || day.isAfter(clinics.today())) {
			return false;
		}
		jdbc.sql("""
				INSERT INTO intake_prescription_visit (id, prescription_id, visit_date, recorded_at, recorded_by)
				VALUES (?, ?, ?, ?, ?)
				""")
			.params(UUID.randomUUID(), prescriptionId, day, Timestamp.from(clock.instant()),
					CurrentUser.get().map(user -> user.id().id()).orElse(null))
			.update();
		audit.record(AuditEntry.success("prescription.visit", "prescription", prescriptionId));
		return true;
	}

	@Transactional
	public void voidPrescription(ClientId client, UUID id, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidPrescription(Map.of("reason", "intake.invalid.required"));
		}
		int voided = jdbc.sql("""
				UPDATE intake_prescription SET voided_at = ?, void_reason = ? WHERE id = ? AND client_id = ? AND voided_at IS NULL
				""").params(Timestamp.from(clock.instant()), reason.strip(), id, client.id()).update();
		if (voided > 0) {
			audit.record(AuditEntry.success("prescription.void", "prescription", id));
			timeline.add(client, "intake.prescription.void", true, "Prescription voided", null);
		}
	}

	Map<String, String> check(Request r) {
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate today = clinics.today();
		if (r.prescriberName() == null || r.prescriberName().isBlank()) {
			errors.put("prescriberName", "intake.invalid.required");
		}
		else if (r.prescriberName().strip().length() > 120) {
			errors.put("prescriberName", "intake.invalid.too-long");
		}
		if (blankToNull(r.npi()) != null && !validNpi(r.npi().strip())) {
			errors.put("npi", "intake.invalid.npi");
		}
		length(errors, "practice", r.practice(), 160);
		length(errors, "contact", r.contact(), 160);
		length(errors, "frequency", r.frequency(), 120);
		length(errors, "notes", r.notes(), 2000);
		if (r.prescribedOn() == null) {
			errors.put("prescribedOn", "intake.invalid.required");
		}
		else if (r.prescribedOn().isAfter(today)) {
			errors.put("prescribedOn", "intake.invalid.future");
		}
		if (r.expiresOn() != null && r.prescribedOn() != null && r.expiresOn().isBefore(r.prescribedOn())) {
			errors.put("expiresOn", "intake.invalid.expiry");
		}
		if (r.diagnoses() == null || r.diagnoses().stream().allMatch(code -> code == null || code.isBlank())) {
			errors.put("diagnoses", "intake.invalid.diagnosis-required");
		}
		else if (r.diagnoses().size() > 12 || r.diagnoses().stream().filter(code -> code != null && !code.isBlank())
			.anyMatch(code -> icd10.find(code).isEmpty())) {
			errors.put("diagnoses", "intake.invalid.diagnosis");
		}
		if (r.authorisedVisits() == null || r.authorisedVisits() < 1 || r.authorisedVisits() > 200) {
			errors.put("authorisedVisits", "intake.invalid.visits");
		}
		return errors;
	}

	/** NPI check digit: Luhn over "80840" followed by the first nine digits (CMS NPI standard). */
	static boolean validNpi(String npi) {
		if (!npi.matches("[0-9]{10}")) {
			return false;
		}
		String digits = "80840" + npi.substring(0, 9);
		int sum = 0;
		boolean doubleIt = true;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int d = digits.charAt(i) - '0';
			if (doubleIt) {
				d *= 2;
				if (d > 9) {
					d -= 9;
				}
			}
			sum += d;
			doubleIt = !doubleIt;
		}
		int check = (10 - sum % 10) % 10;
		return check == npi.charAt(9) - '0';
	}

	private static void length(Map<String, String> errors, String field, String value, int max) {
		if (value != null && value.strip().length() > max) {
			errors.put(field, "intake.invalid.too-long");
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static Prescription map(java.sql.ResultSet rs, ClientId client) throws java.sql.SQLException {
		Array codes = rs.getArray("diagnoses");
		return new Prescription(rs.getObject("id", UUID.class), client,
				new Prescription.Prescriber(rs.getString("prescriber_name"), rs.getString("prescriber_npi"),
						rs.getString("prescriber_practice"), rs.getString("prescriber_contact")),
				rs.getObject("prescribed_on", LocalDate.class), Arrays.asList((String[]) codes.getArray()),
				rs.getInt("authorised_visits"), rs.getString("frequency"), rs.getObject("expires_on", LocalDate.class),
				rs.getString("notes"), rs.getInt("used"));
	}

}
