package org.tonus.identity;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tonus.support.IntegrationTest;
import org.tonus.system.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserAccountsTests extends IntegrationTest {

	@Autowired
	UserAccounts accounts;

	@Test
	void refusesADuplicateEmailWhateverItsCase() {
		String email = unique("dup");
		accounts.create(new UserAccounts.NewUser(email, "First", EnumSet.of(Role.BILLING), PASSWORD), null);
		assertThatThrownBy(() -> accounts.create(
				new UserAccounts.NewUser(email.toUpperCase(), "Second", EnumSet.of(Role.BILLING), PASSWORD), null))
			.isInstanceOf(DuplicateEmail.class);
	}

	@Test
	void anOwnerCannotDeactivateOrDemoteThemselves() {
		UserAccount owner = accounts.create(
				new UserAccounts.NewUser(unique("owner"), "Other Owner", EnumSet.of(Role.OWNER), PASSWORD), null);
		assertThatThrownBy(() -> accounts.deactivate(owner.id(), "testing", owner.id())).isInstanceOf(LastOwnerRequired.class);
		assertThatThrownBy(() -> accounts.changeRoles(owner.id(), EnumSet.of(Role.THERAPIST), owner.id()))
			.isInstanceOf(LastOwnerRequired.class);
		assertThat(accounts.get(owner.id()).active()).isTrue();
	}

	@Test
	void changesOwnPasswordOnlyWithTheCurrentOne() {
		UserAccount user = accounts.create(
				new UserAccounts.NewUser(unique("pw"), "Pat Word", EnumSet.of(Role.THERAPIST), PASSWORD), null);
		assertThatThrownBy(() -> accounts.changePassword(user.id(), "wrong current", "another-fine-passphrase"))
			.isInstanceOf(PasswordRejected.class);
		accounts.changePassword(user.id(), PASSWORD, "another-fine-passphrase");
	}

}
