package org.tonus.client;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tonus.support.IntegrationTest;
import org.tonus.support.TestUsers;
import org.tonus.system.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** "Older entries" brings the next page as items of the same list, never as a list inside the list. */
class ChartTimelineTests extends IntegrationTest {

	@Autowired
	ClientRegistry clients;

	@Autowired
	ClientTimeline timeline;

	@Test
	void olderEntriesComeAsListItemsThatReplaceTheButton() throws Exception {
		Client client = clients.register(ClientDetails.named("Tim", "Line" + System.nanoTime()));
		Instant start = Instant.now().minusSeconds(100_000);
		for (int i = 0; i < 60; i++) {
			timeline.add(client.id(), start.plusSeconds(i * 60L), "test.entry", false, "Entry " + i, null);
		}
		ClientTimeline.Entry next = timeline.page(client.id(), null, null, true).next();
		String page = mvc.perform(get("/clients/" + client.id() + "/timeline").param("before", next.occurredAt().toString())
			.param("beforeId", next.id().toString())
			.with(TestUsers.as(Role.THERAPIST)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.strip()).startsWith("<li");
		assertThat(page).doesNotContain("<ol").contains(">Entry 20<").doesNotContain(">Entry 40<").contains("timeline-more");
	}

}
