package org.tonus.scheduling;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tonus.support.IntegrationTest;
import org.tonus.support.TestUsers;
import org.tonus.system.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The set-up pages change what can be booked: a service edited and retired, a room out of use, a practitioner inactive. */
class ScheduleSetupTests extends IntegrationTest {

	@Autowired
	ClinicServices services;

	@Autowired
	Practitioners practitioners;

	@Autowired
	Rooms rooms;

	@Autowired
	Availability availability;

	@Test
	void aServiceIsChangedAndRetiredAndARoomAndAPractitionerStopBeingBooked() throws Exception {
		ClinicService service = ScheduleFixture.service(services, 60, 0, null);
		mvc.perform(get("/schedule/setup").param("service", service.id().toString()).with(TestUsers.as(Role.FRONT_DESK)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Change " + service.name())));
		mvc.perform(post("/schedule/setup/services").with(csrf()).with(TestUsers.as(Role.FRONT_DESK))
			.param("id", service.id().toString()).param("name", service.name()).param("minutes", "45").param("price", "80.50")
			.param("bufferAfter", "5").param("online", "1"))
			.andExpect(status().is3xxRedirection());
		assertThat(services.find(service.id())).hasValueSatisfying(changed -> {
			assertThat(changed.minutes()).isEqualTo(45);
			assertThat(changed.priceCents()).isEqualTo(8050);
			assertThat(changed.active()).isTrue();
		});
		mvc.perform(post("/schedule/setup/services").with(csrf()).with(TestUsers.as(Role.OWNER))
			.param("id", service.id().toString()).param("name", service.name()).param("minutes", "45").param("retire", "1"))
			.andExpect(status().is3xxRedirection());
		assertThat(services.online()).noneMatch(online -> online.id().equals(service.id()));

		Room room = rooms.save(new Room(RoomId.random(), null, "Room " + System.nanoTime(), RoomKind.ROOM, true));
		mvc.perform(post("/schedule/setup/rooms/" + room.id() + "/active").with(csrf()).with(TestUsers.as(Role.FRONT_DESK))
			.param("active", "false"))
			.andExpect(status().is3xxRedirection());
		assertThat(rooms.active()).doesNotContain(room);

		ClinicService other = ScheduleFixture.service(services, 60, 0, null);
		Practitioner practitioner = ScheduleFixture.practitioner(practitioners, other.id());
		LocalDate monday = ScheduleFixture.monday(1, 9, 0).atZone(ScheduleFixture.BERLIN).toLocalDate();
		AvailabilityQuery query = new AvailabilityQuery(other.id(), null, List.of(practitioner.id()), monday, monday, false);
		assertThat(availability.find(query)).isNotEmpty();
		mvc.perform(post("/schedule/setup/practitioners/" + practitioner.id() + "/active").with(csrf())
			.with(TestUsers.as(Role.OWNER)).param("active", "false"))
			.andExpect(status().is3xxRedirection());
		assertThat(availability.find(query)).isEmpty();
		mvc.perform(post("/schedule/setup/practitioners/" + practitioner.id() + "/active").with(csrf())
			.with(TestUsers.as(Role.THERAPIST)).param("active", "true"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/schedule").with(TestUsers.as(Role.THERAPIST)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your account is not linked to a practitioner yet")));
	}

}
