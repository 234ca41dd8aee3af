package org.tonus.knowledge;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The loaded, validated knowledge base. Immutable and safe to share; load it once with
 * {@link #load()} (a few milliseconds) and keep it.
 */
public final class KnowledgeBase {

	private static volatile KnowledgeBase bundled;

	private final Map<String, BodyRegion> regions;

	private final Map<String, Muscle> muscles;

	private final Map<String, Activity> activities;

	private final Map<String, Source> sources;

	KnowledgeBase(Map<String, BodyRegion> regions, Map<String, Muscle> muscles, Map<String, Activity> activities,
			Map<String, Source> sources) {
		this.regions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(regions));
		this.muscles = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(muscles));
		this.activities = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(activities));
		this.sources = Map.copyOf(sources);
	}

	/** The knowledge base bundled with Tonus, loaded on first use. */
	public static KnowledgeBase load() {
		KnowledgeBase loaded = bundled;
		if (loaded == null) {
			synchronized (KnowledgeBase.class) {
				if (bundled == null) {
					bundled = loadFrom("knowledge");
				}
				loaded = bundled;
			}
		}
		return loaded;
	}

	/** Loads the knowledge base whose {@code index.json} is in the classpath folder {@code root} (tests use fixtures). */
	public static KnowledgeBase loadFrom(String root) {
		return new KnowledgeLoader(KnowledgeBase.class.getClassLoader(), root).load();
	}

	public Optional<BodyRegion> region(String id) {
		return Optional.ofNullable(regions.get(id));
	}

	/** In the order of spec/body-regions.md: head first, toes last. */
	public Collection<BodyRegion> regions() {
		return regions.values();
	}

	public Optional<Muscle> muscle(String id) {
		return Optional.ofNullable(muscles.get(id));
	}

	/** In the order of the data files: head and neck first, foot last. */
	public Collection<Muscle> muscles() {
		return muscles.values();
	}

	public Optional<Activity> activity(String id) {
		return Optional.ofNullable(activities.get(id));
	}

	public Collection<Activity> activities() {
		return activities.values();
	}

	public Optional<Source> source(String id) {
		return Optional.ofNullable(sources.get(id));
	}

	/** Muscles with a trigger point referring pain to {@code region} (on either side). */
	public List<Muscle> musclesReferringTo(String region) {
		return muscles.values()
			.stream()
			.filter(muscle -> muscle.triggerPoints()
				.stream()
				.anyMatch(point -> point.zones().stream().anyMatch(zone -> zone.region().equals(region))))
			.toList();
	}

}
