package org.tonus.outcomes;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tonus.client.ClientDetails;
import org.tonus.client.ClientId;
import org.tonus.client.ClientRegistry;
import org.tonus.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeasuresTests extends IntegrationTest {

	@Autowired
	Measures measures;

	@Autowired
	ClientRegistry clients;

	@Test
	void staffRecordMeasuresThatAreScoredOnTheWayInAndListedOldestFirst() {
		ClientId client = client();
		measures.record(client, "nrs-pain", Map.of("pain", 7), LocalDate.now().minusDays(14), Measures.Source.STAFF, "Neck pain");
		measures.record(client, "nrs-pain", Map.of("pain", 3), LocalDate.now(), Measures.Source.STAFF, "Neck pain");
		Map<String, Integer> activities = new LinkedHashMap<>();
		activities.put("Lifting my daughter", 4);
		activities.put("Working at the laptop", 6);
		measures.record(client, "psfs", activities, LocalDate.now(), Measures.Source.PAPER, "");
		List<Measures.Measurement> pain = measures.history(client, "nrs-pain");
		assertThat(pain).extracting(Measures.Measurement::score).containsExactly(7.0, 3.0);
		assertThat(measures.history(client, null)).hasSize(3);
		assertThat(measures.history(client, "psfs")).singleElement().satisfies(psfs -> {
			assertThat(psfs.score()).isEqualTo(5.0);
			assertThat(psfs.answers()).containsEntry("Lifting my daughter", 4);
		});
		measures.withdraw(client, pain.get(1).id(), "Entered for the wrong client");
		assertThat(measures.history(client, "nrs-pain")).hasSize(1);
	}

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void eachClientsProgressIsJudgedAgainWhenAMeasureIsStoredOrWithdrawn() {
		ClientId client = client();
		measures.record(client, "nrs-pain", Map.of("pain", 8), LocalDate.now().minusDays(20), Measures.Source.STAFF, "");
		measures.record(client, "nrs-pain", Map.of("pain", 7), LocalDate.now().minusDays(10), Measures.Source.STAFF, "");
		assertThat(progress(client)).isEqualTo("2 false null");
		Measures.Measurement better = measures.record(client, "nrs-pain", Map.of("pain", 4), LocalDate.now(), Measures.Source.STAFF, "");
		assertThat(progress(client)).isEqualTo("3 true " + LocalDate.now());
		measures.withdraw(client, better.id(), "Wrong client");
		assertThat(progress(client)).isEqualTo("2 false null");
	}

	private String progress(ClientId client) {
		return jdbc.sql("SELECT measures || ' ' || latest_met || ' ' || coalesce(first_met_on::text, 'null') FROM outcomes_progress"
				+ " WHERE client_id = ? AND instrument_id = 'nrs-pain'").param(client.id()).query(String.class).single();
	}

	@Test
	void answersThatCannotBeScoredStoreNothing() {
		ClientId client = client();
		assertThatThrownBy(() -> measures.record(client, "nrs-pain", Map.of("pain", 11), LocalDate.now(), Measures.Source.STAFF, ""))
			.isInstanceOf(InvalidAnswers.class);
		assertThatThrownBy(() -> measures.record(client, "nrs-pain", Map.of("pain", 5), LocalDate.now().plusDays(1),
				Measures.Source.STAFF, ""))
			.isInstanceOfSatisfying(InvalidAnswers.class, invalid -> assertThat(invalid.problems())
				.extracting(InvalidAnswers.Problem::item).containsExactly("date"));
		assertThatThrownBy(() -> measures.record(client, "oswestry", Map.of("1", 1), LocalDate.now(), Measures.Source.STAFF, ""))
			.isInstanceOf(InvalidAnswers.class);
		assertThatThrownBy(() -> measures.record(ClientId.random(), "nrs-pain", Map.of("pain", 1), LocalDate.now(),
				Measures.Source.STAFF, "")).isInstanceOf(InvalidAnswers.class);
		assertThat(measures.history(client, null)).isEmpty();
	}

	@Test
	void aClientAnswersThroughTheirLinkOnceAndNeverAgain() {
		ClientId client = client();
		Measures.Issued issued = measures.issueLink(client, List.of("pss-10", "nrs-pain"));
		assertThat(measures.open(issued.token()).state()).isEqualTo(Measures.LinkState.VALID);
		Map<String, Integer> pss = new LinkedHashMap<>();
		for (int i = 1; i <= 10; i++) {
			pss.put(String.valueOf(i), 2);
		}
		Map<String, Integer> incomplete = new LinkedHashMap<>(pss);
		incomplete.remove("7");
		assertThatThrownBy(() -> measures.submit(issued.token(), Map.of("pss-10", incomplete, "nrs-pain", Map.of("pain", 6))))
			.isInstanceOfSatisfying(InvalidAnswers.class, invalid -> assertThat(invalid.problems())
				.extracting(InvalidAnswers.Problem::item).containsExactly("pss-10.answers"));
		assertThat(measures.history(client, null)).isEmpty();
		assertThat(measures.open(issued.token()).state()).isEqualTo(Measures.LinkState.VALID);
		List<Measures.Measurement> stored = measures.submit(issued.token(), Map.of("pss-10", pss, "nrs-pain", Map.of("pain", 6)));
		assertThat(stored).extracting(Measures.Measurement::score).containsExactly(20.0, 6.0);
		assertThat(stored).allSatisfy(measurement -> assertThat(measurement.source()).isEqualTo(Measures.Source.CLIENT_LINK));
		assertThat(measures.open(issued.token()).state()).isEqualTo(Measures.LinkState.USED);
		assertThat(measures.submit(issued.token(), Map.of("pss-10", pss, "nrs-pain", Map.of("pain", 1)))).isEmpty();
		assertThat(measures.history(client, null)).hasSize(2);
		Measures.Issued old = measures.issueLink(client, List.of("nrs-pain"));
		jdbc.sql("UPDATE outcomes_link SET expires_at = now() - interval '1 minute' WHERE id = ?").param(old.id()).update();
		assertThat(measures.open(old.token()).state()).isEqualTo(Measures.LinkState.EXPIRED);
		assertThat(measures.submit(old.token(), Map.of("nrs-pain", Map.of("pain", 1)))).isEmpty();
		assertThat(measures.open("not-a-token").state()).isEqualTo(Measures.LinkState.UNKNOWN);
		assertThatThrownBy(() -> measures.issueLink(client, List.of("made-up"))).isInstanceOf(InvalidAnswers.class);
	}

	private ClientId client() {
		return clients.register(ClientDetails.named("Olga", "Outcome" + System.nanoTime())).id();
	}

}
