package org.tonus.intake.browser;

import java.util.EnumSet;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.tonus.identity.UserAccounts;
import org.tonus.support.Browser;
import org.tonus.support.IntegrationTest;
import org.tonus.system.Role;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Front desk registers a client and creates the intake link; the client fills it in without an
 * account; front desk sees that it came but not what it says; the therapist sees the
 * contraindication banner and adds a prescription.
 */
class IntakeBrowserTests extends IntegrationTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@Autowired
	UserAccounts accounts;

	@Test
	void fromRegistrationThroughTheClientsQuestionnaireToTheTherapistsChart() {
		String frontDesk = unique("desk");
		accounts.create(new UserAccounts.NewUser(frontDesk, "Fran Desk", EnumSet.of(Role.FRONT_DESK), PASSWORD), null);
		String family = "Lindqvist" + System.nanoTime() % 100000;

		Page desk = browser.newPage(1280, 900);
		signIn(desk, frontDesk, PASSWORD);
		desk.getByRole(AriaRole.NAVIGATION).getByText("Clients").click();
		desk.getByText("Register a client").click();
		Locator main = desk.locator("main");
		main.getByLabel("Given name").fill("Saga");
		main.getByLabel("Family name").fill(family);
		main.getByLabel("Date of birth").fill("1984-09-12");
		main.getByLabel("Phone").first().fill("+46 70 555 0123");
		desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register")).click();
		assertThat(desk.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Saga " + family);
		String chart = desk.url();
		desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create an intake link")).click();
		String link = desk.locator("#intake-link").textContent().strip();

		Page client = browser.newPage(390, 844);
		client.navigate(link);
		assertThat(client.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Hello Saga");
		client.getByLabel("In your own words").first().fill("Headache at the temples after work");
		client.locator("select[name='p0.place0']").selectOption("temple|right");
		client.locator("select[name='p0.now']").selectOption("6");
		for (Locator no : client.locator("input[type=radio][value=no]").all()) {
			no.check();
		}
		client.locator("input[name='screen.recent-surgery'][value=yes]").check();
		client.locator("input[name='screen.recent-surgery.detail']").fill("Knee operation three weeks ago");
		Browser.screenshot(client, "intake-public");
		client.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers to the clinic")).click();
		assertThat(client.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Thank you");
		client.navigate(link);
		assertThat(client.locator("main")).containsText("already used");

		desk.navigate(chart);
		assertThat(desk.locator("#intake")).containsText("Questionnaire completed on");
		assertThat(desk.locator("main")).not().containsText("Headache at the temples");
		assertThat(desk.locator("main")).not().containsText("clearance");
		desk.navigate(chart + "/screening");
		assertThat(desk.locator("main")).containsText("Not allowed");

		Page therapist = browser.newPage(1280, 900);
		signIn(therapist, OWNER_EMAIL, OWNER_PASSWORD);
		therapist.navigate(chart);
		assertThat(therapist.locator(".banner-danger")).containsText("Physician clearance needed");
		assertThat(therapist.locator(".banner-danger")).containsText("Knee operation three weeks ago");
		assertThat(therapist.locator("#intake")).containsText("Headache at the temples after work");
		therapist.getByText("Add a prescription").click();
		therapist.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Dr. Ines Berg");
		therapist.locator("#diagnosis-search").fill("tension");
		therapist.locator("#diagnoses option[value='G44.209']").waitFor();
		therapist.locator("#diagnoses").selectOption("G44.209");
		therapist.getByLabel("Authorised visits").fill("10");
		therapist.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the prescription")).click();
		assertThat(therapist.locator("#prescriptions")).containsText("Dr. Ines Berg");
		assertThat(therapist.locator("#prescriptions")).containsText("10 of 10 visits left");
		assertThat(therapist.locator("#prescriptions")).containsText("G44.209");
		Browser.screenshot(therapist, "client-chart");
	}

	private void signIn(Page page, String email, String password) {
		page.navigate(base() + "/sign-in");
		page.getByLabel("E-mail").fill(email);
		page.getByLabel("Password").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
	}

}
