package org.tonus.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the audit trail for people: newest first, filtered, a page at a time. */
@Component
public class AuditTrail {

	public static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	AuditTrail(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Filter(Instant from, Instant to, String actor, String action, AuditOutcome outcome, Long before) {
	}

	public record Page(List<AuditRecord> events, Long nextBefore) {
	}

	public Page find(Filter filter) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new TreeMap<>();
		if (filter.from() != null) {
			conditions.add("occurred_at >= :from");
			params.put("from", java.sql.Timestamp.from(filter.from()));
		}
		if (filter.to() != null) {
			conditions.add("occurred_at < :to");
			params.put("to", java.sql.Timestamp.from(filter.to()));
		}
		if (filter.actor() != null && !filter.actor().isBlank()) {
			conditions.add("actor_label ILIKE :actor");
			params.put("actor", "%" + escapeLike(filter.actor().strip()) + "%");
		}
		if (filter.action() != null && !filter.action().isBlank()) {
			conditions.add("action = :action");
			params.put("action", filter.action());
		}
		if (filter.outcome() != null) {
			conditions.add("outcome = :outcome");
			params.put("outcome", filter.outcome().name());
		}
		if (filter.before() != null) {
			conditions.add("seq < :before");
			params.put("before", filter.before());
		}
		String where = conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
		List<AuditRecord> rows = jdbc.sql("SELECT * FROM identity_audit_event " + where + " ORDER BY seq DESC LIMIT "
				+ (PAGE_SIZE + 1))
			.params(params)
			.query(AuditEventRepository::map)
			.list();
		if (rows.size() > PAGE_SIZE) {
			return new Page(rows.subList(0, PAGE_SIZE), rows.get(PAGE_SIZE - 1).seq());
		}
		return new Page(rows, null);
	}

	public List<String> actions() {
		return jdbc.sql("SELECT DISTINCT action FROM identity_audit_event ORDER BY action").query(String.class).list();
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
