package org.tonus.identity.web;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tonus.identity.DemoClinic;
import org.tonus.identity.UserAccounts;
import org.tonus.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A new installation: setup page, its validation, the demo button, and that setup happens once. */
@SpringBootTest
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SetupTests {

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@DynamicPropertySource
	static void freshInstallation(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry, TestDatabase.freshDatabase("setup"));
	}

	@Test
	@Order(1)
	void everyPageLeadsToSetupOnAnEmptyInstallation() throws Exception {
		mvc.perform(get("/sign-in")).andExpect(redirectedUrl("/setup"));
		mvc.perform(get("/setup")).andExpect(status().isOk());
	}

	@Test
	@Order(2)
	void invalidInputIsShownNextToItsFieldAndChangesNothing() throws Exception {
		mvc.perform(post("/setup").with(csrf())
			.param("clinicName", "x".repeat(121))
			.param("timeZone", "Europe/Atlantis")
			.param("ownerName", "Owner")
			.param("email", "not-an-email")
			.param("password", "short")
			.param("passwordRepeat", "short"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("setupForm", "clinicName", "timeZone", "email", "password"));
		assertThat(accounts.anyExist()).isFalse();
	}

	@Test
	@Order(3)
	void theDemoButtonFillsTheClinicAndItsStaffCanSignIn() throws Exception {
		mvc.perform(post("/setup/demo").with(csrf())).andExpect(redirectedUrl("/sign-in"));
		assertThat(accounts.all()).hasSizeGreaterThanOrEqualTo(5);
		assertThat(count("SELECT count(*) FROM charting_note WHERE status = 'SIGNED'")).isEqualTo(6);
		assertThat(count("SELECT count(*) FROM treatment_application")).isGreaterThanOrEqualTo(12);
		assertThat(count("SELECT count(*) FROM homecare_program WHERE status = 'SENT'")).isEqualTo(6);
		assertThat(count("SELECT count(*) FROM assessment_finding")).as("a worked visit and the assessment before it").isEqualTo(24);
		assertThat(count("SELECT count(*) FROM outcomes_response")).isGreaterThan(50);
		assertThat(count("SELECT count(*) FROM outcomes_progress WHERE latest_met")).isGreaterThan(3);
		assertThat(count("SELECT count(*) FROM outcomes_assignment")).isGreaterThan(10);
		mvc.perform(formLogin("/sign-in").user(DemoClinic.OWNER_EMAIL).password(DemoClinic.PASSWORD))
			.andExpect(redirectedUrl("/"));
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	@Test
	@Order(4)
	void setupIsGoneOnceTheClinicExists() throws Exception {
		mvc.perform(get("/setup")).andExpect(status().isNotFound());
		mvc.perform(post("/setup/demo").with(csrf())).andExpect(status().isNotFound());
	}

}
