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
 * such score, read from each client's progress per instrument ({@link OutcomeProgress}). Groups of
 * fewer than {@value #SMALLEST_GROUP} clients show no share, so that no one
 * can be recognised in them.
 */
@Component
public class ClinicOutcomes {

	public static final int SMALLEST_GROUP = 5;

	public static final String ALL = "All clients";

	/** One condition and measure. */
	public record Row(String condition, String title, Instrument instrument, int clients, int reached, Integer medianVisits) {

		public boolean tooFew() {
			return clients < SMALLEST_GROUP;
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
		return groups.values()
			.stream()
			.map(group -> group.row(catalog.all().find(group.instrument).orElseThrow(),
					group.condition.equals(ALL) ? "" : icd10.find(group.condition).map(Icd10Catalog.Code::title).orElse("")))
			.sorted(Comparator.comparing((Row row) -> row.instrument().name())
				.thenComparing(row -> !row.condition().equals(ALL))
				.thenComparing(Comparator.comparingInt(Row::clients).reversed())
				.thenComparing(Row::condition))
			.toList();
	}

	/** Each client's progress on each judged instrument they were measured with twice or more. */
	private List<Pair> pairs(List<Instrument> judged) {
		Map<String, Instrument> byId = new LinkedHashMap<>();
		judged.forEach(instrument -> byId.put(instrument.id(), instrument));
		return jdbc.sql("""
				SELECT client_id, instrument_id, baseline_on, latest_met, first_met_on, threshold_key FROM outcomes_progress
				WHERE measures > 1 AND instrument_id = ANY(?)
				""")
			.param(byId.keySet().toArray(String[]::new))
			.query((rs, n) -> OutcomeProgress.sameKey(rs.getString("threshold_key"), byId.get(rs.getString("instrument_id")))
					? new Pair(new ClientId(rs.getObject("client_id", UUID.class)), rs.getString("instrument_id"),
							rs.getObject("baseline_on", LocalDate.class), rs.getBoolean("latest_met"),
							rs.getObject("first_met_on", LocalDate.class))
					: null)
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.toList();
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
			Integer median = sorted.isEmpty() ? null : sorted.get((sorted.size() - 1) / 2);
			return new Row(condition, title, found, clients, reached, median);
		}

	}

}
