package org.tonus.identity;

import java.util.EnumSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tonus.system.ClinicProfile;
import org.tonus.system.ClinicProfiles;
import org.tonus.system.Role;

/**
 * The one-time setup of an installation: the clinic's profile and its first owner. Possible
 * only while no account exists; concurrent attempts are serialised, so exactly one wins.
 */
@Component
public class ClinicSetup {

	private static final long SETUP_LOCK = 0x7365747570L;

	private final UserAccounts accounts;

	private final ClinicProfiles clinics;

	private final JdbcClient jdbc;

	private volatile boolean done;

	ClinicSetup(UserAccounts accounts, ClinicProfiles clinics, JdbcClient jdbc) {
		this.accounts = accounts;
		this.clinics = clinics;
		this.jdbc = jdbc;
	}

	public boolean isNeeded() {
		if (done) {
			return false;
		}
		done = accounts.anyExist();
		return !done;
	}

	@Transactional
	public UserAccount complete(ClinicProfile clinic, String ownerName, String ownerEmail, String ownerPassword) {
		jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(SETUP_LOCK).query().singleRow();
		if (accounts.anyExist()) {
			throw new SetupAlreadyDone();
		}
		clinics.save(clinic);
		UserAccount owner = accounts.create(new UserAccounts.NewUser(ownerEmail, ownerName,
				EnumSet.of(Role.OWNER, Role.THERAPIST), ownerPassword), null);
		done = true;
		return owner;
	}

	/** Setup was completed (by someone else) while this request was on its way. */
	public static class SetupAlreadyDone extends RuntimeException {

		public SetupAlreadyDone() {
			super("This installation is already set up");
		}

	}

}
