package org.tonus.client;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.tonus.support.IntegrationTest;
import org.tonus.support.TestUsers;
import org.tonus.system.Role;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ClientsApiTests extends IntegrationTest {

	@Test
	void createsReadsUpdatesAndSearchesClients() throws Exception {
		String family = "Okonkwo" + System.nanoTime();
		String location = mvc.perform(post("/api/v1/clients").with(TestUsers.as(Role.FRONT_DESK))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"givenName\": \"Chidi\", \"familyName\": \"" + family
					+ "\", \"dateOfBirth\": \"1988-07-14\", \"email\": \"chidi@example.com\", \"phone\": \"+1 604 555 0142\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, startsWith("/api/v1/clients/")))
			.andExpect(jsonPath("$.id").exists())
			.andExpect(jsonPath("$.version").value(0))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.LOCATION);
		mvc.perform(get(location).with(TestUsers.as(Role.BILLING)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.familyName").value(family))
			.andExpect(jsonPath("$.dateOfBirth").value("1988-07-14"));
		mvc.perform(put(location).with(TestUsers.as(Role.THERAPIST))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"givenName\": \"Chidi\", \"familyName\": \"" + family + "\", \"email\": \"chidi@example.com\", \"version\": 0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(put(location).with(TestUsers.as(Role.THERAPIST))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"givenName\": \"Someone\", \"familyName\": \"Else\", \"email\": \"x@example.com\", \"version\": 0}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/clients").param("q", family.substring(0, 7)).param("size", "5")
			.with(TestUsers.as(Role.FRONT_DESK)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.name == 'Chidi " + family + "')]").exists())
			.andExpect(jsonPath("$.size").value(5));
	}

	@Test
	void badInputIsNamedFieldByFieldAndNothingIsStored() throws Exception {
		long before = jdbc.sql("SELECT count(*) FROM client_client").query(Long.class).single();
		mvc.perform(post("/api/v1/clients").with(TestUsers.as(Role.OWNER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"givenName\": \"Eve\", \"familyName\": \"Future\", \"dateOfBirth\": \"2021-02-30\", "
					+ "\"email\": \"eve@\", \"phone\": \"call me\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'dateOfBirth')].message").value("is not a real date (use YYYY-MM-DD)"));
		mvc.perform(post("/api/v1/clients").with(TestUsers.as(Role.OWNER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"givenName\": \"Eve\", \"familyName\": \"Future\", \"dateOfBirth\": \"2999-01-01\", "
					+ "\"email\": \"eve@\", \"phone\": \"call me\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'dateOfBirth')].message").value("must not be in the future"))
			.andExpect(jsonPath("$.errors[?(@.field == 'email')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'phone')]").exists());
		mvc.perform(get("/api/v1/clients").param("size", "1000").with(TestUsers.as(Role.OWNER)))
			.andExpect(status().isBadRequest());
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT count(*) FROM client_client").query(Long.class).single())
			.isEqualTo(before);
	}

}
