package org.tonus.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Double-booking figures for bench/scheduling.sh, over HTTP against a running Tonus:
 * <ol>
 * <li>{@code rounds} rounds of {@code racers} concurrent bookings of one slot (different clients):
 * counts of 201, 409 and anything else per round;</li>
 * <li>{@code operations} random book/move/cancel requests from 16 threads, then a query for
 * overlapping appointments of one practitioner or one client, which must find none.</li>
 * </ol>
 *   java -cp ... org.tonus.bench.BookingRaceBench <base url> <api token> <data dir> <rounds> <racers> <operations>
 */
public final class BookingRaceBench {

	private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

	private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");

	private BookingRaceBench() {
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String token = args[1];
		Path data = Path.of(args[2]);
		int rounds = Integer.parseInt(args[3]);
		int racers = Integer.parseInt(args[4]);
		int operations = Integer.parseInt(args[5]);
		HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(64)).build();
		List<String> practitioners = ids(get(http, base + "/api/v1/practitioners", token));
		List<String> clients = new ArrayList<>();
		for (int page = 0; clients.size() < 1000; page++) {
			List<String> found = ids(get(http, base + "/api/v1/clients?q=Bench&size=100&page=" + page, token));
			if (found.isEmpty()) {
				break;
			}
			clients.addAll(found);
		}
		ZoneId zone = ZoneId.of("Europe/Berlin");
		LocalDate monday = LocalDate.now(zone).plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.MONDAY));

		ExecutorService pool = Executors.newFixedThreadPool(racers);
		String[] sample = new String[1];
		int exactlyOne = 0;
		int created = 0;
		int conflicts = 0;
		int other = 0;
		for (int round = 0; round < rounds; round++) {
			String practitioner = practitioners.get(round % practitioners.size());
			int index = round / practitioners.size();
			ZonedDateTime start = ZonedDateTime.of(monday.plusDays(index / 8 + (index / 8) / 5 * 2), LocalTime.of(9 + index % 8, 0), zone);
			CountDownLatch gate = new CountDownLatch(1);
			List<Future<Integer>> answers = new ArrayList<>();
			for (int racer = 0; racer < racers; racer++) {
				String client = clients.get((round * racers + racer) % clients.size());
				String body = "{\"practitionerId\":\"%s\",\"clientId\":\"%s\",\"start\":\"%s\",\"minutes\":60}".formatted(practitioner,
						client, start.toOffsetDateTime());
				answers.add(pool.submit(() -> {
					gate.await();
					HttpResponse<String> answer = post(http, base + "/api/v1/appointments", token, body);
					if (answer.statusCode() != 201 && answer.statusCode() != 409 && sample[0] == null) {
						sample[0] = answer.statusCode() + " " + answer.body();
					}
					return answer.statusCode();
				}));
			}
			gate.countDown();
			int ok = 0;
			for (Future<Integer> answer : answers) {
				int status = answer.get();
				if (status == 201) {
					ok++;
				}
				else if (status == 409) {
					conflicts++;
				}
				else {
					other++;
				}
			}
			created += ok;
			if (ok == 1) {
				exactlyOne++;
			}
		}
		System.out.printf("race: %d rounds x %d concurrent bookings of one slot: %d rounds with exactly one 201; 201s %d, 409s %d, other %d%n",
				rounds, racers, exactlyOne, created, conflicts, other);
		if (sample[0] != null) {
			System.out.println("first unexpected answer: " + sample[0]);
		}

		Map<String, Integer> booked = new ConcurrentHashMap<>();
		Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
		ExecutorService workers = Executors.newFixedThreadPool(16);
		List<Future<?>> done = new ArrayList<>();
		LocalDate later = monday.plusWeeks(6);
		for (int worker = 0; worker < 16; worker++) {
			int seed = worker;
			done.add(workers.submit(() -> {
				Random random = new Random(seed);
				for (int i = 0; i < operations / 16; i++) {
					int kind = booked.isEmpty() ? 0 : random.nextInt(10);
					ZonedDateTime start = ZonedDateTime.of(later.plusDays(random.nextInt(5)), LocalTime.of(9, 0).plusMinutes(15L * random.nextInt(28)), zone);
					HttpResponse<String> answer;
					if (kind < 5) {
						String body = "{\"practitionerId\":\"%s\",\"clientId\":\"%s\",\"start\":\"%s\",\"minutes\":%d}".formatted(
								practitioners.get(random.nextInt(Math.min(3, practitioners.size()))), clients.get(random.nextInt(40)),
								start.toOffsetDateTime(), 30 + 15 * random.nextInt(4));
						answer = post(http, base + "/api/v1/appointments", token, body);
						if (answer.statusCode() == 201) {
							booked.put(first(ID, answer.body()), Integer.parseInt(first(VERSION, answer.body())));
						}
					}
					else {
						List<String> ids = new ArrayList<>(booked.keySet());
						String id = ids.get(random.nextInt(ids.size()));
						if (kind < 8) {
							answer = post(http, base + "/api/v1/appointments/" + id + "/move", token,
									"{\"start\":\"%s\",\"version\":%d}".formatted(start.toOffsetDateTime(), booked.getOrDefault(id, 0)));
							if (answer.statusCode() == 200) {
								booked.put(id, Integer.parseInt(first(VERSION, answer.body())));
							}
						}
						else {
							answer = post(http, base + "/api/v1/appointments/" + id + "/cancel", token, "{}");
							booked.remove(id);
						}
					}
					statuses.computeIfAbsent(answer.statusCode(), s -> new AtomicInteger()).incrementAndGet();
				}
				return null;
			}));
		}
		for (Future<?> future : done) {
			future.get();
		}
		workers.shutdown();
		pool.shutdown();
		try (Connection db = EmbeddedDatabase.connect(data); Statement sql = db.createStatement()) {
			ResultSet overlaps = sql.executeQuery("""
					SELECT
					  (SELECT count(*) FROM scheduling_appointment a JOIN scheduling_appointment b
					     ON a.practitioner_id = b.practitioner_id AND a.id < b.id AND a.busy && b.busy
					   WHERE a.status IN ('BOOKED','ARRIVED','ATTENDED') AND b.status IN ('BOOKED','ARRIVED','ATTENDED')
					     AND a.starts_at > now() AND b.starts_at > now()),
					  (SELECT count(*) FROM scheduling_appointment a JOIN scheduling_appointment b
					     ON a.client_id = b.client_id AND a.id < b.id AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)
					   WHERE a.status IN ('BOOKED','ARRIVED','ATTENDED') AND b.status IN ('BOOKED','ARRIVED','ATTENDED')
					     AND a.starts_at > now() AND b.starts_at > now())
					""");
			overlaps.next();
			System.out.printf("random: %d book/move/cancel requests from 16 threads: statuses %s; overlapping pairs: practitioner %d, client %d%n",
					operations / 16 * 16, new java.util.TreeMap<>(statuses), overlaps.getLong(1), overlaps.getLong(2));
		}
		System.exit(0);
	}

	private static String get(HttpClient http, String url, String token) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
				HttpResponse.BodyHandlers.ofString()).body();
	}

	private static HttpResponse<String> post(HttpClient http, String url, String token, String body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static List<String> ids(String json) {
		List<String> ids = new ArrayList<>();
		Matcher matcher = ID.matcher(json);
		while (matcher.find()) {
			ids.add(matcher.group(1));
		}
		return ids;
	}

	private static String first(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		return matcher.find() ? matcher.group(1) : "0";
	}

}
