package org.tonus.scheduling.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Limits how often one address may use the public booking pages: a sliding ten-minute window per
 * remote address, in this node's memory (with several nodes, each keeps its own count). Enough to
 * stop a script from filling the calendar or probing links; a person never meets it.
 */
@Component
class PublicRateLimit {

	@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
	static class TooManyRequests extends RuntimeException {

		TooManyRequests() {
			super("Too many requests");
		}

	}

	private static final Duration WINDOW = Duration.ofMinutes(10);

	private final Map<String, Deque<Instant>> reads = new ConcurrentHashMap<>();

	private final Map<String, Deque<Instant>> writes = new ConcurrentHashMap<>();

	private final int maxReads;

	private final int maxWrites;

	private final Clock clock;

	PublicRateLimit(@Value("${tonus.booking.max-reads:600}") int maxReads, @Value("${tonus.booking.max-writes:20}") int maxWrites,
			Clock clock) {
		this.maxReads = maxReads;
		this.maxWrites = maxWrites;
		this.clock = clock;
	}

	void read(String address) {
		check(reads, address, maxReads);
	}

	void write(String address) {
		check(writes, address, maxWrites);
	}

	private void check(Map<String, Deque<Instant>> counts, String address, int max) {
		Instant now = clock.instant();
		if (counts.size() > 50_000) {
			counts.clear();
		}
		Deque<Instant> times = counts.computeIfAbsent(address, key -> new ArrayDeque<>());
		synchronized (times) {
			while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
				times.pollFirst();
			}
			if (times.size() >= max) {
				throw new TooManyRequests();
			}
			times.addLast(now);
		}
	}

}
