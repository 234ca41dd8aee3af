package org.tonus.outcomes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tonus.client.ClientId;
import org.tonus.identity.AuditEntry;
import org.tonus.identity.AuditLog;
import org.tonus.intake.Icd10Catalog;
import org.tonus.intake.PrescriptionBook;
import org.tonus.treatment.TreatmentSummaries;

/**
 * How the clinic's clients fare, in aggregate and without names: for each condition (the
 * diagnoses on a client's first prescription) and each measure with an MCID or MDC, how many
 * clients were measured at least twice, the share whose latest score is a clinically important
 * improvement over their baseline, and the median number of treatment visits until the first
 * such score, read from each client's progress per instrument ({@link OutcomeProgress}).
 * <p>
 * So that no one can be recognised: a group of fewer than {@value #SMALLEST_GROUP} clients shows no
 * figures; when a single condition of a measure is hidden that way, the next smallest is hidden too,
 * so the hidden one cannot be worked out by subtraction; and the median is shown only when at least
 * {@value #SMALLEST_GROUP} clients improved.
 */
@Component
public class ClinicOutcomes {

	public static final int SMALLEST_GROUP = 5;

	public static final String ALL = "All clients";

	/** One condition and measure; {@code hidden} when it could identify someone. */
	public record Row(String condition, String title, Instrument instrument, int clients, int reached, Double medianVisits,
			boolean hidden) {

		Row hide() {
			return new Row(condition, title, instrument, clients, reached, null, true);
		}

		/** The median as words ("2", "2.5"). */
		public String median() {
			return medianVisits == null ? null : ScoreText.of(medianVisits);
		}

		/** Share reaching the threshold, in whole percent. */
		public int percent() {
			return clients == 0 ? 0 : Math.round(100f * reached / clients);
		}

	}

	private record Pair(ClientId client, String instrument, LocalDate baselineOn, boolean latestMet, LocalDate firstMetOn) {
	}

	private final JdbcClient jdbc;

	private final InstrumentCatalog catalog;

	private final PrescriptionBook prescriptions;

	private final Icd10Catalog icd10;

	private final TreatmentSummaries treatments;

	private final AuditLog audit;

	ClinicOutcomes(JdbcClient jdbc, InstrumentCatalog catalog, PrescriptionBook prescriptions, Icd10Catalog icd10,
			TreatmentSummaries treatments, AuditLog audit) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.prescriptions = prescriptions;
		this.icd10 = icd10;
		this.treatments = treatments;
		this.audit = audit;
	}

	/** The rows, "All clients" first for each measure, then conditions by number of clients. */
	@Transactional
	public List<Row> rows() {
		List<Instrument> judged = catalog.all().all().stream().filter(instrument -> instrument.threshold() != null).toList();
		if (judged.isEmpty()) {
			return List.of();
		}
		List<Pair> pairs = pairs(judged);
		Map<ClientId, List<String>> diagnoses = prescriptions.firstDiagnoses();
		List<Pair> improved = pairs.stream().filter(pair -> pair.firstMetOn() != null).toList();
		int[] visits = treatments.finishedVisits(improved.stream()
			.map(pair -> new TreatmentSummaries.Span(pair.client(), pair.baselineOn(), pair.firstMetOn()))
			.toList());
		Map<Pair, Integer> toImprovement = new java.util.IdentityHashMap<>();
		for (int i = 0; i < improved.size(); i++) {
			toImprovement.put(improved.get(i), visits[i]);
		}
		Map<String, Group> groups = new LinkedHashMap<>();
		for (Pair pair : pairs) {
			List<String> conditions = new ArrayList<>(diagnoses.getOrDefault(pair.client(), List.of()));
			conditions.add(0, ALL);
			for (String condition : conditions) {
				groups.computeIfAbsent(condition + "|" + pair.instrument(), key -> new Group(condition, pair.instrument()))
					.add(pair.latestMet(), toImprovement.get(pair));
			}
		}
		audit.record(AuditEntry.success("outcomes.clinic", "clinic", null));
		List<Row> rows = new ArrayList<>(groups.values()
			.stream()
			.map(group -> group.row(catalog.all().find(group.instrument).orElseThrow(),
					group.condition.equals(ALL) ? "" : icd10.find(group.condition).map(Icd10Catalog.Code::title).orElse("")))
			.sorted(Comparator.comparing((Row row) -> row.instrument().name())
				.thenComparing(row -> !row.condition().equals(ALL))
				.thenComparing(Comparator.comparingInt(Row::clients).reversed())
				.thenComparing(Row::condition))
			.toList());
		hideComplements(rows);
		return rows;
	}

	/** Where one condition of a measure is hidden, hides the smallest visible condition of it too. */
	private static void hideComplements(List<Row> rows) {
		Map<String, List<Integer>> conditionRows = new LinkedHashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			if (!rows.get(i).condition().equals(ALL)) {
				conditionRows.computeIfAbsent(rows.get(i).instrument().id(), key -> new ArrayList<>()).add(i);
			}
		}
		for (List<Integer> indexes : conditionRows.values()) {
			if (indexes.stream().filter(i -> rows.get(i).hidden()).count() == 1) {
				indexes.stream()
					.filter(i -> !rows.get(i).hidden())
					.min(Comparator.comparingInt(i -> rows.get(i).clients()))
					.ifPresent(i -> rows.set(i, rows.get(i).hide()));
			}
		}
	}

	/**
	 * Each client's progress on each judged instrument they were measured with twice or more; a
	 * client with several series of one instrument (two problems rated apart) counts once, by the
	 * series that started first.
	 */
	private List<Pair> pairs(List<Instrument> judged) {
		// only series judged by the instrument's current threshold (stale ones are redone at start)
		return jdbc.sql("""
				SELECT DISTINCT ON (client_id, instrument_id) client_id, instrument_id, baseline_on, latest_met, first_met_on
				FROM outcomes_progress
				WHERE measures > 1 AND (instrument_id, threshold_key) IN (SELECT * FROM unnest(?::text[], ?::text[]))
				ORDER BY client_id, instrument_id, baseline_on, label
				""")
			.params(judged.stream().map(Instrument::id).toArray(String[]::new),
					judged.stream().map(OutcomeProgress::thresholdKey).toArray(String[]::new))
			.query((rs, n) -> new Pair(new ClientId(rs.getObject("client_id", UUID.class)), rs.getString("instrument_id"),
					rs.getObject("baseline_on", LocalDate.class), rs.getBoolean("latest_met"),
					rs.getObject("first_met_on", LocalDate.class)))
			.list();
	}

	private static final class Group {

		private final String condition;

		private final String instrument;

		private int clients;

		private int reached;

		private final List<Integer> visitsToImprovement = new ArrayList<>();

		Group(String condition, String instrument) {
			this.condition = condition;
			this.instrument = instrument;
		}

		void add(boolean latestMet, Integer toImprovement) {
			clients++;
			if (latestMet) {
				reached++;
			}
			if (toImprovement != null) {
				visitsToImprovement.add(toImprovement);
			}
		}

		Row row(Instrument found, String title) {
			List<Integer> sorted = visitsToImprovement.stream().sorted().toList();
			int n = sorted.size();
			Double median = n < SMALLEST_GROUP ? null : (sorted.get((n - 1) / 2) + sorted.get(n / 2)) / 2.0;
			Row row = new Row(condition, title, found, clients, reached, median, false);
			return clients < SMALLEST_GROUP ? row.hide() : row;
		}

	}

}
