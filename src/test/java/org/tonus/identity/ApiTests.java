package org.tonus.identity;

import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.tonus.support.IntegrationTest;
import org.tonus.system.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ApiTests extends IntegrationTest {

	@Autowired
	UserAccounts accounts;

	@Autowired
	ApiTokens tokens;

	@Test
	void meAnswersWithHttpBasic() throws Exception {
		UserAccount user = therapist();
		mvc.perform(get("/api/v1/me").with(httpBasic(user.email(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(user.id().toString()))
			.andExpect(jsonPath("$.email").value(user.email()))
			.andExpect(jsonPath("$.roles[0]").value("therapist"));
	}

	@Test
	void meAnswersWithAPersonalTokenUntilItIsRevoked() throws Exception {
		UserAccount user = therapist();
		ApiTokens.IssuedToken token = tokens.issue(user.id(), "scheduling script");
		mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token.secret()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.email").value(user.email()));
		tokens.revoke(user.id(), token.token().id());
		mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token.secret()))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void tokensStopWorkingWhenTheUserIsDeactivated() throws Exception {
		UserAccount user = therapist();
		String secret = tokens.issue(user.id(), "laptop").secret();
		accounts.deactivate(user.id(), "left the clinic", null);
		mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void unauthenticatedRequestsGetA401ProblemNeverARedirect() throws Exception {
		mvc.perform(get("/api/v1/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().exists(HttpHeaders.WWW_AUTHENTICATE))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401));
		mvc.perform(get("/api/v1/me").with(httpBasic(OWNER_EMAIL, "wrong password here")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aRoleThatMayNotGetsA403Problem() throws Exception {
		UserAccount user = therapist();
		mvc.perform(get("/api/v1/users").with(httpBasic(user.email(), PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void createsAUserAndAnswers201WithLocation() throws Exception {
		String email = unique("api");
		mvc.perform(post("/api/v1/users").with(httpBasic(OWNER_EMAIL, OWNER_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(newUser(email)))
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, org.hamcrest.Matchers.startsWith("/api/v1/users/")))
			.andExpect(jsonPath("$.id").exists())
			.andExpect(jsonPath("$.roles[0]").value("front-desk"));
	}

	@Test
	void badInputGetsProblemDetailsWithFieldErrorsAndChangesNothing() throws Exception {
		long usersBefore = accounts.all().size();
		mvc.perform(post("/api/v1/users").with(httpBasic(OWNER_EMAIL, OWNER_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\": \"not json"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Exception"))));
		mvc.perform(post("/api/v1/users").with(httpBasic(OWNER_EMAIL, OWNER_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\": \"" + unique("long") + "\", \"name\": \"" + "n".repeat(101)
					+ "\", \"roles\": [\"therapist\"], \"password\": \"" + PASSWORD + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		mvc.perform(post("/api/v1/users").with(httpBasic(OWNER_EMAIL, OWNER_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(newUser(OWNER_EMAIL)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("email"));
		mvc.perform(post("/api/v1/users").with(httpBasic(OWNER_EMAIL, OWNER_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(newUser(unique("weak")).replace(PASSWORD, "qwerty123456")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		assertThat(accounts.all()).hasSize((int) usersBefore);
	}

	@Test
	void aRepeatedIdempotencyKeyReturnsTheFirstResponseAndCreatesNothingNew() throws Exception {
		String key = UUID.randomUUID().toString();
		String body = newUser(unique("idem"));
		var first = mvc.perform(post("/api/v1/users").with(httpBasic(OWNER_EMAIL, OWNER_PASSWORD))
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isCreated()).andReturn().getResponse();
		long users = accounts.all().size();
		var second = mvc.perform(post("/api/v1/users").with(httpBasic(OWNER_EMAIL, OWNER_PASSWORD))
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isCreated()).andReturn().getResponse();
		assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString());
		assertThat(second.getHeader(HttpHeaders.LOCATION)).isEqualTo(first.getHeader(HttpHeaders.LOCATION));
		assertThat(second.getHeader("Idempotent-Replayed")).isEqualTo("true");
		assertThat(accounts.all()).hasSize((int) users);

		mvc.perform(post("/api/v1/users").with(httpBasic(OWNER_EMAIL, OWNER_PASSWORD))
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(newUser(unique("other"))))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void aRefusedRequestWithAnIdempotencyKeyGetsItsProblemAndLeavesTheKeyForACorrectedRetry() throws Exception {
		String key = UUID.randomUUID().toString();
		String email = unique("idem-retry");
		mvc.perform(post("/api/v1/users").with(httpBasic(OWNER_EMAIL, OWNER_PASSWORD))
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(newUser(email).replace(PASSWORD, "qwerty123456")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		mvc.perform(post("/api/v1/users").with(httpBasic(OWNER_EMAIL, OWNER_PASSWORD))
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.content(newUser(OWNER_EMAIL)))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("email"));
		assertThat(accounts.all()).noneMatch(account -> account.email().equals(email));

		var created = mvc.perform(post("/api/v1/users").with(httpBasic(OWNER_EMAIL, OWNER_PASSWORD))
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(newUser(email)))
			.andExpect(status().isCreated())
			.andExpect(header().doesNotExist("Idempotent-Replayed"))
			.andReturn()
			.getResponse();
		mvc.perform(post("/api/v1/users").with(httpBasic(OWNER_EMAIL, OWNER_PASSWORD))
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(newUser(email)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andExpect(header().string(HttpHeaders.LOCATION, created.getHeader(HttpHeaders.LOCATION)));
		assertThat(accounts.all()).filteredOn(account -> account.email().equals(email)).hasSize(1);
	}

	@Test
	void openApiDocumentIsServed() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/me']").exists());
	}

	private UserAccount therapist() {
		return accounts.create(new UserAccounts.NewUser(unique("therapist"), "Theo Rapist", EnumSet.of(Role.THERAPIST),
				PASSWORD), null);
	}

	private static String newUser(String email) {
		return "{\"email\": \"" + email + "\", \"name\": \"Fran Desk\", \"roles\": [\"front-desk\"], \"password\": \""
				+ PASSWORD + "\"}";
	}

}
