package org.tonus.outcomes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tonus.client.ClientDetails;
import org.tonus.client.ClientId;
import org.tonus.client.ClientRegistry;
import org.tonus.intake.PrescriptionBook;
import org.tonus.support.IntegrationTest;
import org.tonus.support.TestUsers;
import org.tonus.system.Role;
import org.tonus.treatment.TreatmentSessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The clinic's own instrument (added as data in each test with an id of its own, so other tests'
 * measures do not mix in) and the aggregate outcomes over it.
 */
class ClinicOutcomesTests extends IntegrationTest {

	@Autowired
	InstrumentCatalog catalog;

	@Autowired
	ClinicOutcomes outcomes;

	@Autowired
	Measures measures;

	@Autowired
	ClientRegistry clients;

	@Autowired
	PrescriptionBook prescriptions;

	@Autowired
	TreatmentSessions sessions;

	static String definition(String id) {
		return """
				{"id": "%s", "name": "Clinic neck function %s", "shortName": "Neck function", "instructions": "Rate each.",
				 "options": [{"value": 0, "label": "none"}, {"value": 1, "label": "some"}, {"value": 2, "label": "a lot"}],
				 "items": [{"id": "a", "text": "Turning the head", "reverse": false}, {"id": "b", "text": "Reading", "reverse": false}],
				 "itemsChosenByClient": false,
				 "scoring": {"method": "SUM", "min": 0, "max": 4, "minItems": 2, "maxItems": 2, "maxMissing": 0, "prorate": false, "decimals": 0},
				 "better": "LOWER", "threshold": {"kind": "MCID", "points": 2, "source": "The clinic's licence pack, 2025"},
				 "bands": [], "source": "Invented for tests", "licence": "Licensed to the clinic (test)"}
				""".formatted(id, id);
	}

	@Test
	void aClinicAddsItsOwnInstrumentAsDataAndABadOneIsRefusedWithItsProblems() {
		String id = "neck-" + System.nanoTime() % 100000;
		Instrument added = catalog.add(definition(id));
		assertThat(catalog.current().find(id)).contains(added);
		ClientId client = clients.register(ClientDetails.named("Ola", "Own" + System.nanoTime())).id();
		assertThat(measures.record(client, id, Map.of("a", 2, "b", 1), LocalDate.now(), Measures.Source.STAFF, "").score()).isEqualTo(3.0);
		assertThatThrownBy(() -> catalog.add(definition(id))).isInstanceOfSatisfying(InvalidInstrument.class,
				invalid -> assertThat(invalid.problems()).anyMatch(problem -> problem.contains("exists already")));
		assertThatThrownBy(() -> catalog.add("{\"id\": \"Bad Id\", \"options\": []}")).isInstanceOfSatisfying(InvalidInstrument.class,
				invalid -> assertThat(invalid.problems()).anyMatch(problem -> problem.contains("lower-case"))
					.anyMatch(problem -> problem.contains("two answer options"))
					.anyMatch(problem -> problem.contains("licence")));
		assertThatThrownBy(() -> catalog.add("not json")).isInstanceOf(InvalidInstrument.class);
		assertThat(catalog.all().find("bad-id")).isEmpty();

		catalog.retire(id);
		assertThat(catalog.current().find(id)).isEmpty();
		assertThat(catalog.all().find(id)).isPresent();
		assertThatThrownBy(() -> measures.record(client, id, Map.of("a", 1, "b", 1), LocalDate.now(), Measures.Source.STAFF, ""))
			.isInstanceOf(InvalidAnswers.class);
		assertThat(measures.history(client, id)).hasSize(1);
	}

	@Test
	void theOwnerSeesTheShareReachingTheMcidByConditionWithoutNames() throws Exception {
		String id = "neckagg-" + System.nanoTime() % 100000;
		catalog.add(definition(id));
		LocalDate start = LocalDate.now().minusDays(30);
		String family = "Aggregate" + System.nanoTime();
		for (int n = 0; n < 7; n++) {
			ClientId client = clients.register(ClientDetails.named("Client" + n, family)).id();
			prescriptions.add(client, new PrescriptionBook.Request("Dr Lane", null, null, null, start,
					n < 2 ? List.of("M79.10", "M54.2") : List.of("M79.10"), 10, null, null, ""));
			measures.record(client, id, Map.of("a", 2, "b", 2), start, Measures.Source.STAFF, "");
			if (n == 6) {
				continue; // measured once: not counted
			}
			// five improve by the MCID (4 -> 2 after two visits, then 1); one does not (4 -> 3)
			measures.record(client, id, n < 5 ? Map.of("a", 1, "b", 1) : Map.of("a", 2, "b", 1), start.plusDays(15),
					Measures.Source.STAFF, "");
			measures.record(client, id, n < 5 ? Map.of("a", 1, "b", 0) : Map.of("a", 2, "b", 1), start.plusDays(25),
					Measures.Source.STAFF, "");
			finishedVisits(client, start, start.plusDays(7), start.plusDays(14), start.plusDays(21));
		}
		List<ClinicOutcomes.Row> rows = outcomes.rows().stream().filter(row -> row.instrument().id().equals(id)).toList();
		assertThat(rows).extracting(ClinicOutcomes.Row::condition).containsExactly(ClinicOutcomes.ALL, "M79.10", "M54.2");
		ClinicOutcomes.Row all = rows.get(0);
		assertThat(all.clients()).isEqualTo(6);
		assertThat(all.reached()).isEqualTo(5);
		assertThat(all.percent()).isEqualTo(83);
		assertThat(all.medianVisits()).as("visits after the baseline day up to the first improved score").isEqualTo(2.0);
		assertThat(rows.get(2).hidden()).isTrue();
		assertThat(rows.get(1).hidden()).as("else M54.2 could be worked out from it").isTrue();

		mvc.perform(get("/outcomes").with(TestUsers.as(Role.OWNER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("5 of 6 clients (83%) reached a clinically important improvement; median 2 treatment visits after the baseline to the first such score.")))
			.andExpect(content().string(containsString("Not shown, so that a smaller group cannot be worked out from it.")))
			.andExpect(content().string(containsString("Fewer than 5 clients: not shown.")))
			.andExpect(content().string(not(containsString(family))));
		mvc.perform(get("/outcomes").with(TestUsers.as(Role.THERAPIST))).andExpect(status().isForbidden());
	}

	@Test
	void theInstrumentsPageShowsEveryProblemNextToTheDefinition() throws Exception {
		mvc.perform(post("/outcomes/instruments").param("definition", "{\"id\": \"x\"}").with(TestUsers.as(Role.OWNER)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("x: at least two answer options")))
			.andExpect(content().string(containsString("x: say under which licence the clinic uses it")));
		String id = "pageneck-" + System.nanoTime() % 100000;
		mvc.perform(post("/outcomes/instruments").param("definition", definition(id)).with(TestUsers.as(Role.OWNER)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/outcomes/instruments").with(TestUsers.as(Role.OWNER)))
			.andExpect(content().string(containsString("Clinic neck function " + id)));
	}

	private void finishedVisits(ClientId client, LocalDate... days) {
		TestUsers.signedIn(Role.THERAPIST, () -> {
			for (LocalDate day : days) {
				sessions.finish(client, sessions.start(client, day, "", "5", "Screen reviewed"), "3", "");
			}
		});
	}

}
