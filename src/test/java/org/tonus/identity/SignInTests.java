package org.tonus.identity;

import java.time.Instant;
import java.util.EnumSet;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import jakarta.servlet.http.Cookie;
import org.tonus.support.IntegrationTest;
import org.tonus.system.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SignInTests extends IntegrationTest {

	@Autowired
	UserAccounts accounts;

	@Autowired
	TwoFactor twoFactor;

	@Test
	void signsInWithTheRightPasswordAndIsAudited() throws Exception {
		UserAccount user = staff();
		mvc.perform(formLogin("/sign-in").user(user.email()).password(PASSWORD)).andExpect(redirectedUrl("/"));
		assertThat(lastAction(user)).isEqualTo("sign-in SUCCESS");
	}

	@Test
	void wrongPasswordAndUnknownUserGetTheSameMessage() throws Exception {
		UserAccount user = staff();
		mvc.perform(formLogin("/sign-in").user(user.email()).password("not the password"))
			.andExpect(redirectedUrl("/sign-in?error=bad-credentials"));
		mvc.perform(formLogin("/sign-in").user(unique("nobody")).password(PASSWORD))
			.andExpect(redirectedUrl("/sign-in?error=bad-credentials"));
		assertThat(lastAction(user)).isEqualTo("sign-in FAILURE");
	}

	@Test
	void throttlesAfterRepeatedFailuresEvenForTheRightPassword() throws Exception {
		UserAccount user = staff();
		for (int i = 0; i < SignInThrottle.FREE_ATTEMPTS; i++) {
			mvc.perform(formLogin("/sign-in").user(user.email()).password("guess " + i));
		}
		mvc.perform(formLogin("/sign-in").user(user.email()).password(PASSWORD))
			.andExpect(redirectedUrl("/sign-in?error=throttled&minutes=1"));
		jdbc.sql("DELETE FROM identity_sign_in_throttle WHERE throttle_key LIKE 'remote:%'").update();
	}

	@Test
	void aDeactivatedUserIsSignedOutAndCannotSignInAgain() throws Exception {
		UserAccount user = staff();
		Cookie session = mvc.perform(formLogin("/sign-in").user(user.email()).password(PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("TONUS_SESSION");
		mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());

		accounts.deactivate(user.id(), "left the clinic", null);

		mvc.perform(get("/account").cookie(session)).andExpect(redirectedUrl("/sign-in"));
		mvc.perform(formLogin("/sign-in").user(user.email()).password(PASSWORD))
			.andExpect(redirectedUrl("/sign-in?error=deactivated"));
	}

	@Test
	void twoFactorUsersNeedTheirCodeBeforeAnythingElse() throws Exception {
		UserAccount user = staff();
		TwoFactor.Enrolment enrolment = twoFactor.startEnrolment(user.email(), "Tonus");
		assertThat(twoFactor.enable(user.id(), enrolment.secret(), "000000")).isFalse();
		assertThat(twoFactor.enable(user.id(), enrolment.secret(), currentCode(enrolment.secret()))).isTrue();

		Cookie session = mvc.perform(formLogin("/sign-in").user(user.email()).password(PASSWORD))
			.andExpect(redirectedUrl("/sign-in/two-factor"))
			.andReturn()
			.getResponse()
			.getCookie("TONUS_SESSION");
		mvc.perform(get("/account").cookie(session)).andExpect(redirectedUrl("/sign-in/two-factor"));
		mvc.perform(post("/sign-in/two-factor").cookie(session).param("code", "123456").with(csrf()))
			.andExpect(status().isOk());
		var signedIn = mvc.perform(post("/sign-in/two-factor").cookie(session)
			.param("code", currentCode(enrolment.secret()))
			.with(csrf())).andExpect(redirectedUrl("/")).andReturn().getResponse();
		Cookie renewed = signedIn.getCookie("TONUS_SESSION") == null ? session : signedIn.getCookie("TONUS_SESSION");
		mvc.perform(get("/account").cookie(renewed)).andExpect(status().isOk());
	}

	@Test
	void passwordsAloneAreRefusedOverTheApiForTwoFactorUsers() throws Exception {
		UserAccount user = staff();
		TwoFactor.Enrolment enrolment = twoFactor.startEnrolment(user.email(), "Tonus");
		twoFactor.enable(user.id(), enrolment.secret(), currentCode(enrolment.secret()));
		mvc.perform(get("/api/v1/me").with(org.springframework.security.test.web.servlet.request
			.SecurityMockMvcRequestPostProcessors.httpBasic(user.email(), PASSWORD)))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aFormPostedAfterTheSessionEndedLeadsBackToSignIn() throws Exception {
		mvc.perform(post("/account/name").param("name", "New Name").with(csrf().useInvalidToken()))
			.andExpect(redirectedUrl("/sign-in?error=expired"));
	}

	@Test
	void staffWithoutASecondFactorMustSetOneUpWhenTheClinicRequiresIt(@Autowired SecurityPolicies policies) throws Exception {
		UserAccount user = staff();
		UserId owner = accounts.all().stream().filter(UserAccount::isOwner).findFirst().orElseThrow().id();
		SecurityPolicy before = policies.current();
		policies.save(new SecurityPolicy(true, before.idleTimeout()), owner);
		try {
			Cookie session = mvc.perform(formLogin("/sign-in").user(user.email()).password(PASSWORD))
				.andReturn()
				.getResponse()
				.getCookie("TONUS_SESSION");
			mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/two-factor"));
			mvc.perform(get("/account/two-factor").cookie(session)).andExpect(status().isOk());
			mvc.perform(get("/css/tonus.css").cookie(session)).andExpect(status().isOk());
			mvc.perform(get("/js/tonus.js").cookie(session)).andExpect(status().isOk());
		}
		finally {
			policies.save(before, owner);
		}
	}

	@Test
	void signingOutEverywhereEndsEverySessionOfTheUser() throws Exception {
		UserAccount user = staff();
		Cookie laptop = signIn(user);
		Cookie tablet = signIn(user);
		mvc.perform(get("/account").cookie(tablet)).andExpect(status().isOk());
		mvc.perform(post("/account/sign-out-everywhere").cookie(laptop).with(csrf()))
			.andExpect(redirectedUrl("/sign-in?signed-out"));
		mvc.perform(get("/account").cookie(tablet)).andExpect(redirectedUrl("/sign-in"));
		mvc.perform(get("/account").cookie(laptop)).andExpect(redirectedUrl("/sign-in"));
	}

	@Test
	void theAuditPageFiltersByWhoAndWhat() throws Exception {
		UserAccount user = staff();
		signIn(user);
		var page = mvc.perform(get("/audit").param("actor", user.email()).param("action", "sign-in")
			.with(org.tonus.support.TestUsers.as(Role.OWNER)))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView();
		var events = ((AuditTrail.Page) page.getModel().get("page")).events();
		assertThat(events).isNotEmpty().allSatisfy(event -> {
			assertThat(event.actor().label()).isEqualTo(user.email());
			assertThat(event.action()).isEqualTo("sign-in");
		});
	}

	private Cookie signIn(UserAccount user) throws Exception {
		return mvc.perform(formLogin("/sign-in").user(user.email()).password(PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("TONUS_SESSION");
	}

	static String currentCode(String secret) throws Exception {
		return new DefaultCodeGenerator().generate(secret, Instant.now().getEpochSecond() / 30);
	}

	private UserAccount staff() {
		return accounts.create(new UserAccounts.NewUser(unique("staff"), "Sam Staff", EnumSet.of(Role.FRONT_DESK),
				PASSWORD), null);
	}

	private String lastAction(UserAccount user) {
		return jdbc.sql("SELECT action || ' ' || outcome FROM identity_audit_event WHERE target_id = ? ORDER BY seq DESC LIMIT 1")
			.param(user.id().toString())
			.query(String.class)
			.single();
	}

}
