package org.tonus.identity;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tonus.system.ClinicProfile;
import org.tonus.system.Role;

/**
 * A synthetic clinic for trying Tonus out: filled in on an empty installation by
 * {@code --tonus.demo=true} or the button on the setup page. Every person in it is invented;
 * all demo accounts share one published password, so never use demo mode for real records.
 */
@Component
public class DemoClinic implements ApplicationRunner {

	public static final String PASSWORD = "harbourside-demo-2026";

	public static final String OWNER_EMAIL = "owner@demo.tonus.test";

	private static final Logger log = LoggerFactory.getLogger(DemoClinic.class);

	private record DemoPerson(String email, String name, Set<Role> roles) {
	}

	private static final List<DemoPerson> STAFF = List.of(
			new DemoPerson("maya.lindqvist@demo.tonus.test", "Maya Lindqvist", EnumSet.of(Role.THERAPIST)),
			new DemoPerson("tomas.okafor@demo.tonus.test", "Tomás Okafor", EnumSet.of(Role.THERAPIST)),
			new DemoPerson("frontdesk@demo.tonus.test", "Priya Raman", EnumSet.of(Role.FRONT_DESK)),
			new DemoPerson("billing@demo.tonus.test", "Jonah Whitfield", EnumSet.of(Role.BILLING)));

	private final ClinicSetup setup;

	private final UserAccounts accounts;

	private final boolean enabled;

	private final org.springframework.context.ApplicationEventPublisher events;

	DemoClinic(ClinicSetup setup, UserAccounts accounts, @Value("${tonus.demo:false}") boolean enabled,
			org.springframework.context.ApplicationEventPublisher events) {
		this.setup = setup;
		this.accounts = accounts;
		this.enabled = enabled;
		this.events = events;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (enabled && setup.isNeeded()) {
			create();
			log.info("Filled the empty installation with the demo clinic; sign in as {} (password in the README)",
					OWNER_EMAIL);
		}
	}

	@Transactional
	public void create() {
		UserAccount owner = setup.complete(new ClinicProfile("Harbourside Neuromuscular Therapy (demo)",
				ZoneId.of("America/Vancouver")), "Elena Harbour", OWNER_EMAIL, PASSWORD);
		for (DemoPerson person : STAFF) {
			accounts.create(new UserAccounts.NewUser(person.email(), person.name(), person.roles(), PASSWORD), owner.id());
		}
		events.publishEvent(new DemoClinicCreated(owner.id()));
	}

}
