package org.tonus.client;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tonus.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientRegistryTests extends IntegrationTest {

	@Autowired
	ClientRegistry registry;

	@Test
	void refusesBadDetailsNamingEveryFieldAndStoresNothing() {
		long before = count();
		ClientDetails bad = new ClientDetails("", "Doe", null, LocalDate.now().plusDays(2), "not-an-email", "12ab",
				null, null, "x", null, PreferredContact.EMAIL, null);
		assertThatThrownBy(() -> registry.register(bad)).isInstanceOf(InvalidClientDetails.class)
			.satisfies(e -> assertThat(((InvalidClientDetails) e).issues()).extracting(FieldIssue::field)
				.contains("givenName", "dateOfBirth", "email", "phone", "emergencyPhone"));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aSecondEditBasedOnTheSameVersionIsRefusedAndNothingIsOverwritten() {
		Client client = registry.register(details("Ines", "Ferreira" + suffix()));
		registry.update(client.id(), client.version(), details("Inês", client.details().familyName()));
		assertThatThrownBy(() -> registry.update(client.id(), client.version(), details("Agnes", client.details().familyName())))
			.isInstanceOf(ClientChangedConcurrently.class);
		assertThat(registry.get(client.id()).details().givenName()).isEqualTo("Inês");
		assertThat(jdbc.sql("SELECT snapshot->>'givenName' FROM client_client_version WHERE client_id = ?")
			.param(client.id().id())
			.query(String.class)
			.list()).containsExactly("Ines");
	}

	@Test
	void findsClientsByPartsOfNamesAccentsAndTyposPhoneDigitsEmailAndBirthDate() {
		String family = "Müller" + suffix();
		Client anna = registry.register(new ClientDetails("Anna", family, null, LocalDate.of(1971, 3, 2),
				"anna." + suffix() + "@example.com", "+1 (604) 555-" + suffix().substring(0, 4).replaceAll("[^0-9]", "7") + "1", null,
				null, null, null, PreferredContact.EMAIL, null));
		assertThat(ids(family.toLowerCase().replace("ü", "u"))).contains(anna.id());
		assertThat(ids("anna " + family.substring(0, 4))).contains(anna.id());
		assertThat(ids(anna.details().email().substring(0, 8))).contains(anna.id());
		assertThat(ids("1971-03-02")).contains(anna.id());
		assertThat(ids("2.3.1971")).contains(anna.id());
		String digits = anna.details().phone().replaceAll("[^0-9]", "");
		assertThat(ids(digits.substring(digits.length() - 5))).contains(anna.id());
		assertThat(ids("Zzyzx Nobody")).doesNotContain(anna.id());
	}

	@Test
	void archivedClientsLeaveSearchesButStay() {
		String family = "Archer" + suffix();
		Client client = registry.register(details("Ada", family));
		registry.archive(client.id(), "Moved away");
		assertThat(ids(family)).doesNotContain(client.id());
		assertThat(registry.search(family, 0, 10, true).items()).extracting(ClientSummary::id).contains(client.id());
		assertThat(registry.get(client.id()).archived()).isTrue();
	}

	@Test
	void readsAndWritesAreAudited() {
		Client client = registry.register(details("Aud", "It" + suffix()));
		registry.get(client.id());
		assertThat(jdbc.sql("SELECT action FROM identity_audit_event WHERE target_id = ? ORDER BY seq")
			.param(client.id().toString())
			.query(String.class)
			.list()).containsSubsequence("client.create", "client.read");
	}

	private java.util.List<ClientId> ids(String query) {
		return registry.search(query, 0, 100, false).items().stream().map(ClientSummary::id).toList();
	}

	private static ClientDetails details(String given, String family) {
		return new ClientDetails(given, family, null, null, null, "+1 604 555 0101", null, null, null, null,
				PreferredContact.PHONE, null);
	}

	private long count() {
		return jdbc.sql("SELECT count(*) FROM client_client").query(Long.class).single();
	}

	private static String suffix() {
		return java.util.UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "x");
	}

}
