package org.tonus.outcomes;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tonus.client.ClientId;

/**
 * Keeps {@code outcomes_progress} up to date: for each client, instrument and label (one series of
 * measures, such as the NRS for "Neck pain"), the baseline and
 * latest dates, whether the latest score is a clinically important improvement on the baseline,
 * and the date of the first score that was. Redone for a pair whenever one of its measures is
 * stored or withdrawn (in that transaction), and at start for pairs judged by a threshold that has
 * since changed or never judged at all.
 */
@Component
class OutcomeProgress {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(OutcomeProgress.class);

	private record Value(LocalDate on, double score) {
	}

	private final JdbcClient jdbc;

	private final InstrumentCatalog catalog;

	private final TransactionTemplate transactions;

	OutcomeProgress(JdbcClient jdbc, InstrumentCatalog catalog, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** The key of the threshold a pair is judged by ("MCID 2.0 30.0", "none"). */
	static String thresholdKey(Instrument instrument) {
		Instrument.Threshold threshold = instrument.threshold();
		return threshold == null ? "none" : threshold.kind() + " " + threshold.points() + " " + threshold.percent();
	}

	/**
	 * Judges one series again. Two transactions changing the same series queue on an advisory lock,
	 * so the later one reads what the earlier committed.
	 */
	void refresh(ClientId client, String instrumentId, String label) {
		jdbc.sql("SELECT pg_advisory_xact_lock(7, hashtext(? || '|' || ? || '|' || ?))")
			.params(client.id().toString(), instrumentId, label)
			.query((rs, n) -> 1)
			.list();
		Instrument instrument = catalog.all().find(instrumentId).orElse(null);
		List<Value> values = jdbc.sql("""
				SELECT measured_on, score FROM outcomes_response
				WHERE client_id = ? AND instrument_id = ? AND label = ? AND withdrawn_at IS NULL ORDER BY measured_on, created_at
				""")
			.params(client.id(), instrumentId, label)
			.query((rs, n) -> new Value(rs.getObject("measured_on", LocalDate.class), rs.getDouble("score")))
			.list();
		if (instrument == null || values.isEmpty()) {
			jdbc.sql("DELETE FROM outcomes_progress WHERE client_id = ? AND instrument_id = ? AND label = ?")
				.params(client.id(), instrumentId, label)
				.update();
			return;
		}
		double baseline = values.get(0).score();
		LocalDate firstMet = values.stream()
			.skip(1)
			.filter(value -> improvedEnough(instrument, baseline, value.score()))
			.map(Value::on)
			.findFirst()
			.orElse(null);
		Value latest = values.get(values.size() - 1);
		jdbc.sql("""
				INSERT INTO outcomes_progress (client_id, instrument_id, label, measures, baseline_on, latest_on, latest_met,
				    first_met_on, threshold_key)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (client_id, instrument_id, label) DO UPDATE SET measures = excluded.measures, baseline_on = excluded.baseline_on,
				    latest_on = excluded.latest_on, latest_met = excluded.latest_met, first_met_on = excluded.first_met_on,
				    threshold_key = excluded.threshold_key
				""")
			.params(client.id(), instrumentId, label, values.size(), values.get(0).on(), latest.on(),
					values.size() > 1 && improvedEnough(instrument, baseline, latest.score()), firstMet, thresholdKey(instrument))
			.update();
	}

	private static boolean improvedEnough(Instrument instrument, double baseline, double score) {
		Change change = Change.between(instrument, baseline, score);
		return change.importantImprovement();
	}

	/**
	 * Judges again the series never judged, or judged by a threshold that has changed since, each in
	 * a transaction of its own (one transaction would hold an advisory lock per series).
	 */
	@EventListener(ApplicationReadyEvent.class)
	public void refreshStale() {
		int redone = 0;
		int failures = 0;
		for (Instrument instrument : catalog.all().all()) {
			record Series(ClientId client, String label) {
			}
			List<Series> stale = jdbc.sql("""
					SELECT DISTINCT r.client_id, r.label FROM outcomes_response r
					LEFT JOIN outcomes_progress p ON p.client_id = r.client_id AND p.instrument_id = r.instrument_id
					    AND p.label = r.label
					WHERE r.instrument_id = ? AND r.withdrawn_at IS NULL AND (p.client_id IS NULL OR p.threshold_key <> ?)
					""")
				.params(instrument.id(), thresholdKey(instrument))
				.query((rs, n) -> new Series(new ClientId(rs.getObject("client_id", java.util.UUID.class)), rs.getString("label")))
				.list();
			for (Series series : stale) {
				try {
					transactions.executeWithoutResult(status -> refresh(series.client(), instrument.id(), series.label()));
				}
				catch (RuntimeException failed) {
					// the series keeps its old judgement and is tried again at the next start
					failures++;
				}
			}
			redone += stale.size();
		}
		if (failures > 0) {
			log.warn("{} series could not be judged again; they are tried again at the next start", failures);
		}
		log.info("Outcome progress is up to date ({} series judged again)", redone - failures);
	}

}
