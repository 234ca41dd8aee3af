package org.tonus.outcomes.browser;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.tonus.client.ClientDetails;
import org.tonus.client.ClientId;
import org.tonus.client.ClientRegistry;
import org.tonus.client.PreferredContact;
import org.tonus.support.Browser;
import org.tonus.support.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The therapist sends questionnaires; the client answers them on a phone; the chart shows the verdict. */
class MeasuresBrowserTests extends IntegrationTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@Autowired
	ClientRegistry clients;

	@Test
	void sendAnswerOnAPhoneAndSeeTheResult() {
		String family = "Measure" + System.nanoTime() % 100000;
		ClientId client = clients.register(new ClientDetails("Ines", family, null, LocalDate.of(1984, 2, 3), null, "+49 30 5550199",
				null, null, null, null, PreferredContact.PHONE, null)).id();
		Page desk = browser.newPage(1180, 820);
		desk.navigate(base() + "/sign-in");
		desk.getByLabel("E-mail").fill(OWNER_EMAIL);
		desk.getByLabel("Password").fill(OWNER_PASSWORD);
		desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		desk.navigate(base() + "/clients/" + client + "/measures");
		desk.getByLabel("Perceived Stress Scale (10 items)").check();
		desk.getByLabel("Pain intensity, numeric rating scale (0–10)").check();
		desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send a link")).click();
		String link = desk.getByLabel("Link for the client (works once)").inputValue();

		Page phone = browser.newPage(390, 844);
		phone.navigate(link);
		for (int item = 1; item <= 10; item++) {
			phone.locator("input[name='pss-10." + item + "'][value='" + (item % 2 == 0 ? 1 : 3) + "']").check();
		}
		phone.locator("input[name='nrs-pain.pain'][value='6']").check();
		Browser.screenshot(phone, "measures-phone");
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers")).click();
		assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Thank you");

		desk.navigate(base() + "/clients/" + client + "/measures");
		// 3+1+3+(4-1)+(4-3)+1+(4-3)+(4-1)+3+1 = 20
		assertThat(desk.locator("main")).containsText("PSS-10: baseline 20.");
		assertThat(desk.locator("main")).containsText("Pain (NRS): baseline 6.");
		Browser.screenshot(desk, "measures-staff");
	}

}
