package org.tonus.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tonus.intake.PrescriptionBook;
import org.tonus.support.IntegrationTest;
import org.tonus.support.StatementCounter;
import org.tonus.support.TestUsers;
import org.tonus.system.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The chart's SQL does not grow with the client's history: a fixed budget, whatever the timeline holds. */
class ChartQueryBudgetTests extends IntegrationTest {

	// one statement per chart panel (scheduling and outcomes added one each); what matters is that it does not grow with history
	static final int BUDGET = 27;

	@Autowired
	ClientRegistry clients;

	@Autowired
	ClientTimeline timeline;

	@Autowired
	PrescriptionBook prescriptions;

	@Test
	void theChartOfAClientWithALongHistoryStaysWithinItsStatementBudget() throws Exception {
		Client client = clients.register(ClientDetails.named("Bud", "Get" + System.nanoTime()));
		for (int i = 0; i < 3; i++) {
			prescriptions.add(client.id(), new PrescriptionBook.Request("Dr. Budget", null, null, null, LocalDate.now(),
					List.of("M79.18"), 10, null, null, null));
		}
		Instant start = Instant.now().minusSeconds(100_000);
		for (int i = 0; i < 300; i++) {
			timeline.add(client.id(), start.plusSeconds(i * 60L), "test.entry", i % 2 == 0, "Entry " + i, null);
		}
		StatementCounter.reset();
		mvc.perform(get("/clients/" + client.id()).with(TestUsers.as(Role.THERAPIST))).andExpect(status().isOk());
		int statements = StatementCounter.count();
		assertThat(statements).as("SQL statements for one chart").isLessThanOrEqualTo(BUDGET);
		StatementCounter.reset();
		mvc.perform(get("/clients/" + client.id()).with(TestUsers.as(Role.FRONT_DESK))).andExpect(status().isOk());
		assertThat(StatementCounter.count()).isLessThanOrEqualTo(BUDGET);
	}

}
