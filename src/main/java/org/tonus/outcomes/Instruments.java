package org.tonus.outcomes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

/**
 * The instruments Tonus ships ({@code outcomes/instruments/}), checked when loaded: unique ids,
 * answer options, a scoring range, items unless the client names them, and a source for every
 * threshold.
 */
public final class Instruments {

	static final List<String> BUILT_IN = List.of("nrs-pain", "psfs", "pss-10");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<Instrument> all;

	private Instruments(List<Instrument> all) {
		this.all = List.copyOf(all);
	}

	public static Instruments builtIn() {
		List<Instrument> loaded = new ArrayList<>();
		for (String id : BUILT_IN) {
			String path = "outcomes/instruments/" + id + ".json";
			try (InputStream in = Instruments.class.getClassLoader().getResourceAsStream(path)) {
				if (in == null) {
					throw new IllegalStateException("Missing instrument file " + path);
				}
				loaded.add(JSON.readValue(in, Instrument.class));
			}
			catch (IOException failed) {
				throw new UncheckedIOException(failed);
			}
		}
		return of(loaded);
	}

	/** Checks and wraps instruments (built-in or a clinic's own). */
	public static Instruments of(List<Instrument> instruments) {
		List<String> problems = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (Instrument instrument : instruments) {
			problems.addAll(problems(instrument));
			if (!ids.add(instrument.id())) {
				problems.add(instrument.id() + ": the id is used twice");
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("Invalid instruments: " + String.join("; ", problems));
		}
		return new Instruments(instruments);
	}

	public List<Instrument> all() {
		return all;
	}

	public Optional<Instrument> find(String id) {
		return all.stream().filter(instrument -> instrument.id().equals(id)).findFirst();
	}

	static List<String> problems(Instrument instrument) {
		List<String> problems = new ArrayList<>();
		String id = instrument.id() == null ? "?" : instrument.id();
		if (instrument.id() == null || !instrument.id().matches("[a-z0-9][a-z0-9-]{0,40}")) {
			problems.add(id + ": the id must be lower-case letters, digits and hyphens");
		}
		if (instrument.name() == null || instrument.name().isBlank() || instrument.source() == null || instrument.source().isBlank()) {
			problems.add(id + ": a name and a source are required");
		}
		if (instrument.options() == null || instrument.options().size() < 2) {
			problems.add(id + ": at least two answer options");
		}
		else if (instrument.options().stream().anyMatch(option -> option == null || option.label() == null || option.label().isBlank())
				|| instrument.options().stream().filter(Objects::nonNull).map(Instrument.Option::value).distinct().count()
						< instrument.options().size()) {
			problems.add(id + ": every answer option needs its own value and a label");
		}
		if (!instrument.itemsChosenByClient() && (instrument.items() == null || instrument.items().isEmpty())) {
			problems.add(id + ": items are required unless the client names them");
		}
		else if (instrument.items() != null && (instrument.items().stream()
			.anyMatch(item -> item == null || item.id() == null || !item.id().matches("[A-Za-z0-9_-]{1,40}") || item.text() == null
					|| item.text().isBlank())
				|| instrument.items().stream().filter(Objects::nonNull).map(Instrument.Item::id).distinct().count()
						< instrument.items().size())) {
			problems.add(id + ": every item needs its own id (letters, digits, - or _) and a text");
		}
		if (instrument.better() == null) {
			problems.add(id + ": say whether a higher or a lower score is better");
		}
		Instrument.Scoring scoring = instrument.scoring();
		if (scoring == null || scoring.method() == null || scoring.max() <= scoring.min() || scoring.maxMissing() < 0
				|| scoring.decimals() < 0 || scoring.decimals() > 3 || scoring.minItems() < 1 || scoring.maxItems() < scoring.minItems()) {
			problems.add(id + ": scoring needs a method, a range, from how many to how many items, and a missing-item rule");
		}
		Instrument.Threshold threshold = instrument.threshold();
		if (threshold != null && (threshold.kind() == null || (threshold.points() == null && threshold.percent() == null)
				|| (threshold.points() != null && threshold.points() <= 0) || (threshold.percent() != null && threshold.percent() <= 0)
				|| threshold.source() == null || threshold.source().isBlank())) {
			problems.add(id + ": a threshold needs its kind (MCID or MDC), points or percent above zero, and its source");
		}
		return problems;
	}

}
