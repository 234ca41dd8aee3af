package org.tonus.outcomes;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tonus.atlas.BodyMapImage;
import org.tonus.client.Client;
import org.tonus.client.ClientId;
import org.tonus.client.ClientRegistry;
import org.tonus.client.ClientTimeline;
import org.tonus.identity.AuditEntry;
import org.tonus.identity.AuditLog;
import org.tonus.identity.CurrentUser;
import org.tonus.identity.SignedInUser;
import org.tonus.scheduling.Practitioner;
import org.tonus.scheduling.Practitioners;
import org.tonus.system.ClinicProfile;
import org.tonus.system.ClinicProfiles;
import org.tonus.system.Mail;
import org.tonus.system.PdfDocuments;

/**
 * Signed progress reports: the therapist signs the report with their recommendation, and the PDF
 * that was signed is stored, so it never changes afterwards. It can be downloaded and e-mailed (as
 * an attachment) to the prescriber, the client or another address; every send is recorded and
 * audited. A report for a client with no finished visit and no measure is refused and stores nothing.
 */
@Component
public class ProgressReports {

	public enum Recipient {

		PRESCRIBER, CLIENT, OTHER

	}

	/** A signed report and where it was sent. */
	public record Signed(UUID id, Instant signedAt, String signedByName, List<Sent> sent) {
	}

	public record Sent(Recipient recipient, String address, Instant at) {
	}

	/** Nothing to report: no finished visit and no measure. */
	public static class NoReportData extends RuntimeException {

		public NoReportData() {
			super("Nothing to report yet");
		}

	}

	public static final int RECOMMENDATION_MAX = 4000;

	private final JdbcClient jdbc;

	private final ProgressReportDrafts drafts;

	private final ClientRegistry clients;

	private final ClientTimeline timeline;

	private final ClinicProfiles clinics;

	private final Practitioners practitioners;

	private final PdfDocuments documents;

	private final BodyMapImage bodyMap;

	private final Mail mail;

	private final AuditLog audit;

	private final Clock clock;

	private final org.springframework.transaction.support.TransactionTemplate transactions;

	ProgressReports(JdbcClient jdbc, ProgressReportDrafts drafts, ClientRegistry clients, ClientTimeline timeline,
			ClinicProfiles clinics, Practitioners practitioners, PdfDocuments documents, BodyMapImage bodyMap, Mail mail,
			AuditLog audit, Clock clock, org.springframework.transaction.PlatformTransactionManager transactionManager) {
		this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
		this.jdbc = jdbc;
		this.drafts = drafts;
		this.clients = clients;
		this.timeline = timeline;
		this.clinics = clinics;
		this.practitioners = practitioners;
		this.documents = documents;
		this.bodyMap = bodyMap;
		this.mail = mail;
		this.audit = audit;
		this.clock = clock;
	}

	/** "Ana Ruiz, LMT": the signer as their practitioner entry names them, or their account name. */
	public String signerName() {
		SignedInUser user = CurrentUser.get().orElseThrow();
		return practitioners.forUser(user.id().id()).map(Practitioner::displayName).orElse(user.name());
	}

	/**
	 * Signs the report as it stands now with the therapist's recommendation and stores its PDF.
	 *
	 * @throws NoReportData when there is nothing to report
	 * @throws InvalidAnswers when the recommendation is empty or too long
	 */
	@Transactional
	public UUID sign(ClientId client, String recommendation) {
		String text = recommendation == null ? "" : recommendation.replace("\u0000", "").strip();
		if (text.isEmpty() || text.length() > RECOMMENDATION_MAX) {
			throw new InvalidAnswers(List.of(new InvalidAnswers.Problem("recommendation", text.isEmpty() ? "required" : "too-long")));
		}
		ProgressReport report = drafts.draft(client);
		if (!report.hasData()) {
			throw new NoReportData();
		}
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		String signer = signerName();
		byte[] pdf = render(report, text, signer, now);
		jdbc.sql("""
				INSERT INTO outcomes_report (id, client_id, signed_at, signed_by, signed_by_name, recommendation, pdf)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, client.id(), Timestamp.from(now), CurrentUser.get().map(user -> user.id().id()).orElse(null), signer, text, pdf)
			.update();
		audit.record(AuditEntry.success("progress-report.sign", "client", client));
		timeline.add(client, "outcomes.report", true, "Progress report signed", null);
		return id;
	}

	/** Renders the report (the preview shows the same content in the page). */
	public byte[] render(ProgressReport report, String recommendation, String signer, Instant signedAt) {
		ClinicProfile clinic = clinics.current().orElse(new ClinicProfile("Tonus", java.time.ZoneOffset.UTC));
		Map<String, Object> model = new HashMap<>();
		model.put("report", report);
		model.put("recommendation", recommendation);
		model.put("signer", signer);
		model.put("signedAt", signedAt.atZone(clinic.timeZone() == null ? ZoneId.of("UTC") : clinic.timeZone()));
		model.put("firstMap", report.firstDrawing() == null ? "" : png(report.firstDrawing()));
		model.put("latestMap", report.latestDrawing() == null ? "" : png(report.latestDrawing()));
		return documents.render("outcomes/report-pdf", model, Locale.ENGLISH);
	}

	private String png(ProgressReport.Drawing drawing) {
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(bodyMap.png(drawing.marks().keySet(), 0.6));
	}

	@Transactional
	public List<Signed> of(ClientId client) {
		Map<UUID, List<Sent>> sent = new HashMap<>();
		jdbc.sql("""
				SELECT s.report_id, s.recipient, s.address, s.sent_at FROM outcomes_report_send s
				JOIN outcomes_report r ON r.id = s.report_id WHERE r.client_id = ? ORDER BY s.sent_at
				""")
			.param(client.id())
			.query(rs -> {
				sent.computeIfAbsent(rs.getObject("report_id", UUID.class), key -> new ArrayList<>())
					.add(new Sent(Recipient.valueOf(rs.getString("recipient")), rs.getString("address"),
							rs.getTimestamp("sent_at").toInstant()));
			});
		List<Signed> reports = jdbc.sql("""
				SELECT id, signed_at, signed_by_name FROM outcomes_report WHERE client_id = ? ORDER BY signed_at DESC
				""")
			.param(client.id())
			.query((rs, n) -> {
				UUID id = rs.getObject("id", UUID.class);
				return new Signed(id, rs.getTimestamp("signed_at").toInstant(), rs.getString("signed_by_name"),
						sent.getOrDefault(id, List.of()));
			})
			.list();
		audit.record(AuditEntry.success("progress-report.list", "client", client));
		return reports;
	}

	/** The signed PDF (audited as a read). */
	@Transactional
	public byte[] pdf(ClientId client, UUID report) {
		byte[] pdf = jdbc.sql("SELECT pdf FROM outcomes_report WHERE id = ? AND client_id = ?")
			.params(report, client.id())
			.query((rs, n) -> rs.getBytes("pdf"))
			.optional()
			.orElseThrow(org.tonus.system.NotFound::new);
		audit.record(AuditEntry.success("progress-report.read", "client", client));
		return pdf;
	}

	/** The prescriber's e-mail address, when the prescription's contact is one. */
	public java.util.Optional<String> prescriberEmail(ClientId client) {
		return java.util.Optional.ofNullable(drafts.prescriberContact(client)).filter(ProgressReports::looksLikeEmail);
	}

	/**
	 * E-mails the signed PDF. The message itself carries no health information; the report is the
	 * attachment. The PDF is read in one transaction, the mail is handed to the server outside any
	 * (so no connection waits on SMTP), and the send is recorded and audited in a second one, only
	 * once the server took it.
	 *
	 * @throws InvalidAnswers when the address is not an e-mail address or no mail server took it
	 */
	public void send(ClientId clientId, UUID report, Recipient recipient, String address) {
		Client client = clients.get(clientId);
		String to = switch (recipient == null ? Recipient.OTHER : recipient) {
			case CLIENT -> client.details().email();
			case PRESCRIBER -> prescriberEmail(clientId).orElse(address);
			case OTHER -> address;
		};
		to = to == null ? null : to.strip();
		if (!looksLikeEmail(to)) {
			throw new InvalidAnswers(List.of(new InvalidAnswers.Problem("address", "email")));
		}
		byte[] pdf = transactions.execute(status -> pdf(clientId, report));
		String clinic = clinics.current().map(ClinicProfile::name).orElse("Tonus");
		boolean sent = mail.send(to, clinic + ": progress report", """
				Hello,

				please find attached the progress report from %s, signed by the treating therapist.

				This message and its attachment are confidential. If you are not the intended recipient, please delete them and let us know.
				""".formatted(clinic), new Mail.Attachment("progress-report.pdf", "application/pdf", pdf));
		if (!sent) {
			throw new InvalidAnswers(List.of(new InvalidAnswers.Problem("address", "not-sent")));
		}
		String sentTo = to;
		Recipient kind = recipient == null ? Recipient.OTHER : recipient;
		transactions.executeWithoutResult(status -> {
			jdbc.sql("INSERT INTO outcomes_report_send (id, report_id, recipient, address, sent_at, sent_by) VALUES (?, ?, ?, ?, ?, ?)")
				.params(UUID.randomUUID(), report, kind.name(), sentTo, Timestamp.from(clock.instant()),
						CurrentUser.get().map(user -> user.id().id()).orElse(null))
				.update();
			audit.record(AuditEntry.success("progress-report.send", "client", clientId).withDetail(kind.name().toLowerCase(Locale.ROOT)));
			timeline.add(clientId, "outcomes.report-sent", false, "Progress report sent", null);
		});
	}

	static boolean looksLikeEmail(String text) {
		return text != null && text.length() <= 254 && text.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	}

}
