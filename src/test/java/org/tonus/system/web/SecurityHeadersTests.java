package org.tonus.system.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.tonus.support.IntegrationTest;
import org.tonus.support.TestUsers;
import org.tonus.system.Role;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SecurityHeadersTests extends IntegrationTest {

	@Test
	void pagesAndApiResponsesCarryTheSecurityHeaders() throws Exception {
		expectSecurityHeaders(mvc.perform(get("/sign-in")));
		expectSecurityHeaders(mvc.perform(get("/").with(TestUsers.as(Role.THERAPIST))));
		expectSecurityHeaders(mvc.perform(get("/api/v1/me")));
	}

	@Test
	void aMissingPageIsAFriendly404() throws Exception {
		mvc.perform(get("/no/such/page").with(TestUsers.as(Role.FRONT_DESK)).accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound());
	}

	@Test
	void aMissingApiResourceIsA404Problem() throws Exception {
		mvc.perform(get("/api/v1/users/" + java.util.UUID.randomUUID()).with(TestUsers.as(Role.OWNER)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail").value("There is no such record."));
		mvc.perform(get("/api/v1/users/not-a-uuid").with(TestUsers.as(Role.OWNER)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(not(containsString("Exception"))))
			.andExpect(content().string(not(containsString("java."))));
	}

	private static void expectSecurityHeaders(ResultActions result) throws Exception {
		result.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("object-src 'none'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "same-origin"));
	}

}
