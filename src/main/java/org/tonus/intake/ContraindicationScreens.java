package org.tonus.intake;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records contraindication screens and answers "what is this client's current status?" for the chart
 * banner and, later, for the session runner that enforces it. A re-screen with nothing changed is
 * one click: the last findings are confirmed under a new date.
 */
@Component
public class ContraindicationScreens {

	private final JdbcClient jdbc;

	private final Contraindications catalogue;

	private final ClientTimeline timeline;

	private final AuditLog audit;

	private final JsonMapper json;

	private final Clock clock;

	ContraindicationScreens(JdbcClient jdbc, Contraindications catalogue, ClientTimeline timeline, AuditLog audit,
			JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.timeline = timeline;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	public Contraindications catalogue() {
		return catalogue;
	}

	@Transactional
	public Screening record(ClientId client, List<Screening.Finding> findings, String note, String source) {
		for (Screening.Finding finding : findings) {
			if (catalogue.item(finding.item()).isEmpty()) {
				throw new IllegalArgumentException("Unknown screening item");
			}
		}
		Screening screening = new Screening(UUID.randomUUID(), client, clock.instant(),
				CurrentUser.get().map(user -> user.id().id()).orElse(null), source, List.copyOf(findings),
				note == null || note.isBlank() ? null : note.strip());
		jdbc.sql("""
				INSERT INTO intake_screening (id, client_id, screened_at, screened_by, source, findings, note)
				VALUES (?, ?, ?, ?, ?, ?::jsonb, ?)
				""")
			.params(screening.id(), client.id(), Timestamp.from(screening.screenedAt()), screening.screenedBy(), source,
					json.writeValueAsString(findings), screening.note())
			.update();
		audit.record(AuditEntry.success("screening.record", "client", client));
		timeline.add(client, "intake.screening", true, findings.isEmpty() ? "Contraindication screen: nothing found"
				: "Contraindication screen: " + findings.size() + " item(s) to respect", null);
		return screening;
	}

	/** Confirms the current findings unchanged (re-screen at a visit); with no earlier screen, records a clear one. */
	@Transactional
	public Screening confirmUnchanged(ClientId client) {
		List<Screening.Finding> findings = current(client).map(Screening::findings).orElse(List.of());
		return record(client, findings, "Re-screened: no change", "STAFF");
	}

	public Optional<Screening> current(ClientId client) {
		return jdbc.sql("""
				SELECT id, screened_at, screened_by, source, findings, note FROM intake_screening
				WHERE client_id = ? ORDER BY screened_at DESC, id DESC LIMIT 1
				""")
			.param(client.id())
			.query((rs, n) -> new Screening(rs.getObject("id", UUID.class), client, rs.getTimestamp("screened_at").toInstant(),
					rs.getObject("screened_by", UUID.class), rs.getString("source"), findings(rs.getString("findings")),
					rs.getString("note")))
			.optional();
	}

	private List<Screening.Finding> findings(String text) {
		return new ArrayList<>(json.readValue(text, new TypeReference<List<Screening.Finding>>() {
		}));
	}

}
