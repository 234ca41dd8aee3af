package org.tonus.outcomes;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tonus.identity.AuditEntry;
import org.tonus.identity.AuditLog;
import org.tonus.identity.CurrentUser;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The instruments in use: the ones Tonus ships and the clinic's own licensed ones, added as data
 * (the same JSON shape as {@code outcomes/instruments/*.json}) and checked like the shipped ones.
 * A clinic's instrument is retired rather than deleted, so its stored measures keep their meaning;
 * a retired one can no longer be assigned or entered but its history still shows.
 */
@Component
public class InstrumentCatalog {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(InstrumentCatalog.class);

	/** A clinic's own instrument and whether it was retired. */
	public record Own(Instrument instrument, boolean retired) {
	}

	private final JdbcClient jdbc;

	private final AuditLog audit;

	/** Lenient about left-out flags (a missing "prorate" is false), so the checks name what is really missing. */
	private final JsonMapper json = JsonMapper.builder()
		.disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private final Clock clock;

	private final Instruments builtIn = Instruments.builtIn();

	private volatile Loaded loaded;

	/** Counts changes, so a load that read the table before a change is not kept after it. */
	private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

	private record Loaded(Instruments all, Instruments active, List<Own> own) {
	}

	InstrumentCatalog(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every instrument a stored measure may refer to, retired ones included. */
	public Instruments all() {
		return load().all();
	}

	/** The instruments that can be assigned, sent and entered now. */
	public Instruments current() {
		return load().active();
	}

	/** The instruments Tonus ships. */
	public List<Instrument> shipped() {
		return builtIn.all();
	}

	public List<Own> own() {
		return load().own();
	}

	/**
	 * Adds the clinic's own instrument from its JSON definition.
	 *
	 * @throws InvalidInstrument naming what is wrong; nothing is stored
	 */
	@Transactional
	public Instrument add(String definition) {
		if (definition != null && definition.indexOf('\u0000') >= 0) {
			throw new InvalidInstrument(List.of("The definition contains a NUL character."));
		}
		Instrument instrument;
		try {
			instrument = json.readValue(definition == null ? "" : definition, Instrument.class);
		}
		catch (JacksonException | IllegalArgumentException unreadable) {
			throw new InvalidInstrument(List.of("The definition is not valid JSON in the instrument format."));
		}
		if (instrument == null) {
			throw new InvalidInstrument(List.of("The definition is empty."));
		}
		List<String> problems = new ArrayList<>(Instruments.problems(instrument));
		if (instrument.licence() == null || instrument.licence().isBlank()) {
			problems.add(instrument.id() + ": say under which licence the clinic uses it");
		}
		if (instrument.id() != null && load().all().find(instrument.id()).isPresent()) {
			problems.add(instrument.id() + ": an instrument with this id exists already");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInstrument(problems);
		}
		jdbc.sql("INSERT INTO outcomes_instrument (id, definition, created_at, created_by) VALUES (?, ?::jsonb, ?, ?) ON CONFLICT DO NOTHING")
			.params(instrument.id(), json.writeValueAsString(instrument), Timestamp.from(clock.instant()),
					CurrentUser.get().map(user -> user.id().id()).orElse(null))
			.update();
		audit.record(AuditEntry.success("instrument.create", "instrument", null).withDetail(instrument.id()));
		reloadAfterCommit();
		return instrument;
	}

	@Transactional
	public void retire(String id) {
		int changed = jdbc.sql("UPDATE outcomes_instrument SET retired_at = ? WHERE id = ? AND retired_at IS NULL")
			.params(Timestamp.from(clock.instant()), id)
			.update();
		if (changed == 0) {
			throw new InvalidInstrument(List.of("There is no such instrument of the clinic's own to retire."));
		}
		audit.record(AuditEntry.success("instrument.retire", "instrument", null).withDetail(id));
		reloadAfterCommit();
	}

	private Loaded load() {
		Loaded current = loaded;
		if (current == null) {
			long before = generation.get();
			List<Own> own = new ArrayList<>();
			jdbc.sql("SELECT id, definition, retired_at FROM outcomes_instrument ORDER BY created_at").query(rs -> {
				Instrument instrument = json.readValue(rs.getString("definition"), Instrument.class);
				if (builtIn.find(instrument.id()).isPresent()) {
					// a later release shipped an instrument with this id: the shipped one wins
					log.warn("The clinic's instrument {} has the id of a shipped one and is not used", rs.getString("id"));
				}
				else {
					own.add(new Own(instrument, rs.getTimestamp("retired_at") != null));
				}
			});
			List<Instrument> all = new ArrayList<>(builtIn.all());
			List<Instrument> active = new ArrayList<>(builtIn.all());
			for (Own one : own) {
				all.add(one.instrument());
				if (!one.retired()) {
					active.add(one.instrument());
				}
			}
			current = new Loaded(Instruments.of(all), Instruments.of(active), List.copyOf(own));
			if (generation.get() == before) {
				loaded = current;
			}
		}
		return current;
	}

	private void reloadAfterCommit() {
		generation.incrementAndGet();
		loaded = null;
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					generation.incrementAndGet();
					loaded = null;
				}
			});
		}
	}

}
