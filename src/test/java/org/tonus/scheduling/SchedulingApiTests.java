package org.tonus.scheduling;

import java.time.ZonedDateTime;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.tonus.client.ClientId;
import org.tonus.client.ClientRegistry;
import org.tonus.identity.UserAccounts;
import org.tonus.identity.UserId;
import org.tonus.support.IntegrationTest;
import org.tonus.support.TestUsers;
import org.tonus.system.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SchedulingApiTests extends IntegrationTest {

	@Autowired
	ClientRegistry clients;

	@Autowired
	UserAccounts users;

	@Test
	void practitionersAvailabilityAndBookingWorkAsTheSpecSays() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		String practitioner = JsonPath.read(mvc.perform(post("/api/v1/practitioners").with(TestUsers.as(Role.FRONT_DESK))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Ines %s", "email": "ines-%s@example.com", "credentials": "PT",
					 "workingHours": [{"day": "MONDAY", "from": "09:00", "to": "12:00"}, {"day": "MONDAY", "from": "13:00", "to": "17:00"}]}
					""".formatted(tag, tag)))
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, startsWith("/api/v1/practitioners/")))
			.andExpect(jsonPath("$.workingHours.length()").value(2))
			.andReturn().getResponse().getContentAsString(), "$.id");
		ZonedDateTime monday = ScheduleFixture.monday(3, 9, 0).atZone(ScheduleFixture.BERLIN);
		String day = monday.toLocalDate().toString();
		mvc.perform(get("/api/v1/practitioners/" + practitioner + "/availability").param("from", day).param("to", day)
			.param("minutes", "60").with(TestUsers.as(Role.THERAPIST)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.slots[0].start").value(monday.toOffsetDateTime().toString()))
			.andExpect(jsonPath("$.slots[*].start").value(not(hasItem(monday.withHour(12).toOffsetDateTime().toString()))))
			.andExpect(jsonPath("$.slots.length()").value(4 * 3 - 3 + 4 * 4 - 3));
		ClientId client = ScheduleFixture.client(clients, null);
		String body = """
				{"practitionerId": "%s", "clientId": "%s", "start": "%s", "minutes": 60, "notes": "first visit"}
				""".formatted(practitioner, client, monday.withHour(10).toOffsetDateTime());
		String key = UUID.randomUUID().toString();
		var desk = TestUsers.as(UserId.random(), Set.of(Role.FRONT_DESK));
		String first = mvc.perform(post("/api/v1/appointments").with(desk).header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, startsWith("/api/v1/appointments/")))
			.andExpect(jsonPath("$.status").value("booked"))
			.andExpect(jsonPath("$.minutes").value(60))
			.andReturn().getResponse().getContentAsString();
		mvc.perform(post("/api/v1/appointments").with(desk).header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(content().json(first));
		ClientId other = ScheduleFixture.client(clients, null);
		// a conflict inside an idempotent request is a 409 too, never a 500
		mvc.perform(post("/api/v1/appointments").with(TestUsers.as(Role.OWNER)).header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.replace(client.toString(), other.toString()).replace("T10:00", "T10:30")))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.conflict").value("practitioner"))
			.andExpect(jsonPath("$.alternatives.length()").value(3))
			.andExpect(jsonPath("$.alternatives[0].start").exists());
		assertThat(count(practitioner)).isEqualTo(1);
		mvc.perform(get("/api/v1/appointments").param("from", monday.toOffsetDateTime().toString())
			.param("to", monday.plusDays(1).toOffsetDateTime().toString()).param("practitionerId", practitioner)
			.with(TestUsers.as(Role.FRONT_DESK)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1));
		String id = JsonPath.read(first, "$.id");
		mvc.perform(post("/api/v1/appointments/" + id + "/cancel").with(TestUsers.as(Role.FRONT_DESK))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Client ill\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("cancelled"))
			.andExpect(jsonPath("$.cancelledLate").value(false));
	}

	@Test
	void badInputIsNamedAndNothingIsStored() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(post("/api/v1/practitioners").with(TestUsers.as(Role.OWNER)).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "", "email": "nope", "workingHours": [{"day": "FUNDAY", "from": "09:00", "to": "08:00"}]}
					"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'workingHours')]").exists());
		String practitioner = JsonPath.read(mvc.perform(post("/api/v1/practitioners").with(TestUsers.as(Role.OWNER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Ola " + tag + "\", \"email\": \"ola-" + tag + "@example.com\", \"workingHours\": [{\"day\": \"MONDAY\", \"from\": \"09:00\", \"to\": \"17:00\"}]}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		ClientId client = ScheduleFixture.client(clients, null);
		String start = ScheduleFixture.monday(2, 10, 0).atZone(ScheduleFixture.BERLIN).toOffsetDateTime().toString();
		mvc.perform(post("/api/v1/appointments").with(TestUsers.as(Role.FRONT_DESK)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"practitionerId\": \"" + practitioner + "\", \"clientId\": \"" + client + "\", \"start\": \"tomorrow\", \"minutes\": 0}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'start')]").exists());
		mvc.perform(post("/api/v1/appointments").with(TestUsers.as(Role.FRONT_DESK)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"practitionerId\": \"" + practitioner + "\", \"clientId\": \"" + UUID.randomUUID() + "\", \"start\": \"" + start + "\", \"minutes\": -5}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'clientId')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'minutes')]").exists());
		mvc.perform(post("/api/v1/appointments").with(TestUsers.as(Role.FRONT_DESK)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"practitionerId\": \"" + practitioner + "\", \"clientId\": \"" + client + "\", \"start\": \"2020-01-06T10:00:00+01:00\", \"minutes\": 60}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("is in the past"));
		mvc.perform(get("/api/v1/practitioners/" + practitioner + "/availability").param("from", "2027-01-10").param("to", "2027-01-01")
			.param("minutes", "60").with(TestUsers.as(Role.OWNER)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
		mvc.perform(get("/api/v1/practitioners/" + UUID.randomUUID() + "/availability").param("from", "2027-01-01")
			.param("to", "2027-01-02").param("minutes", "60").with(TestUsers.as(Role.OWNER)))
			.andExpect(status().isNotFound());
		assertThat(count(practitioner)).isZero();
	}

	@Test
	void aTherapistManagesOnlyTheirOwnSchedule() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		UserId therapist = users.create(new UserAccounts.NewUser("t-" + tag + "@tonus.test", "Theo " + tag, Set.of(Role.THERAPIST), PASSWORD), null).id();
		String own = JsonPath.read(mvc.perform(post("/api/v1/practitioners").with(TestUsers.as(Role.OWNER)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Theo " + tag + "\", \"email\": \"t-" + tag + "@tonus.test\", \"userId\": \"" + therapist + "\", \"workingHours\": [{\"day\": \"MONDAY\", \"from\": \"09:00\", \"to\": \"17:00\"}]}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		String colleague = JsonPath.read(mvc.perform(post("/api/v1/practitioners").with(TestUsers.as(Role.OWNER)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Col " + tag + "\", \"email\": \"c-" + tag + "@tonus.test\", \"workingHours\": [{\"day\": \"MONDAY\", \"from\": \"09:00\", \"to\": \"17:00\"}]}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		ClientId client = ScheduleFixture.client(clients, null);
		String start = ScheduleFixture.monday(2, 10, 0).atZone(ScheduleFixture.BERLIN).toOffsetDateTime().toString();
		var asTherapist = TestUsers.as(therapist, Set.of(Role.THERAPIST));
		mvc.perform(post("/api/v1/appointments").with(asTherapist).contentType(MediaType.APPLICATION_JSON)
			.content("{\"practitionerId\": \"" + colleague + "\", \"clientId\": \"" + client + "\", \"start\": \"" + start + "\", \"minutes\": 60}"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/appointments").with(asTherapist).contentType(MediaType.APPLICATION_JSON)
			.content("{\"practitionerId\": \"" + own + "\", \"clientId\": \"" + client + "\", \"start\": \"" + start + "\", \"minutes\": 60}"))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/practitioners").with(asTherapist).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/appointments").with(TestUsers.as(Role.BILLING)).param("from", start).param("to", start))
			.andExpect(status().isForbidden());
	}

	private long count(String practitioner) {
		return jdbc.sql("SELECT count(*) FROM scheduling_appointment WHERE practitioner_id = ?::uuid AND status = 'BOOKED'")
			.param(practitioner)
			.query(Long.class)
			.single();
	}

}
