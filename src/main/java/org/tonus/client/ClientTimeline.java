package org.tonus.client;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tonus.identity.CurrentUser;

/**
 * The client's history, newest first, as the chart shows it. Any module adds an entry (kind, a
 * short summary without clinical detail for non-clinical entries, an optional link); entries
 * marked clinical are shown only to roles that may read clinical data.
 */
@Component
public class ClientTimeline {

	public static final int PAGE_SIZE = 25;

	private final JdbcClient jdbc;

	private final Clock clock;

	ClientTimeline(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public record Entry(UUID id, Instant occurredAt, String kind, boolean clinical, String summary, String link) {
	}

	/** Entries older than {@code before} (or the newest when it is null); {@code clinical} false hides clinical ones. */
	public record Page(List<Entry> entries, Entry next) {
	}

	public void add(ClientId client, String kind, boolean clinical, String summary, String link) {
		add(client, clock.instant(), kind, clinical, summary, link);
	}

	public void add(ClientId client, Instant occurredAt, String kind, boolean clinical, String summary, String link) {
		jdbc.sql("""
				INSERT INTO client_timeline_entry (id, client_id, occurred_at, kind, clinical, summary, link, recorded_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(UUID.randomUUID(), client.id(), Timestamp.from(occurredAt), kind, clinical,
					summary.length() > 300 ? summary.substring(0, 300) : summary, link,
					CurrentUser.get().map(user -> user.id().id()).orElse(null))
			.update();
	}

	public Page page(ClientId client, Instant beforeTime, UUID beforeId, boolean includeClinical) {
		String clinical = includeClinical ? "" : " AND NOT clinical";
		String after = beforeTime == null ? "" : " AND (occurred_at, id) < (:beforeTime, :beforeId)";
		// The two fragments are constants; values are parameters.
		List<Entry> rows = jdbc.sql("SELECT id, occurred_at, kind, clinical, summary, link FROM client_timeline_entry"
				+ " WHERE client_id = :client" + clinical + after + " ORDER BY occurred_at DESC, id DESC LIMIT :limit")
			.param("client", client.id())
			.param("beforeTime", beforeTime == null ? null : Timestamp.from(beforeTime))
			.param("beforeId", beforeId)
			.param("limit", PAGE_SIZE + 1)
			.query((rs, n) -> new Entry(rs.getObject("id", UUID.class), rs.getTimestamp("occurred_at").toInstant(),
					rs.getString("kind"), rs.getBoolean("clinical"), rs.getString("summary"), rs.getString("link")))
			.list();
		if (rows.size() > PAGE_SIZE) {
			return new Page(List.copyOf(rows.subList(0, PAGE_SIZE)), rows.get(PAGE_SIZE - 1));
		}
		return new Page(List.copyOf(rows), null);
	}

}
