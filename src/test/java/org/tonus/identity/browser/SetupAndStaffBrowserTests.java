package org.tonus.identity.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tonus.support.Browser;
import org.tonus.support.TestDatabase;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The first-run story in a real browser: a new installation shows the setup page, the owner signs
 * in, creates a therapist, deactivates them, and finds all of it in the audit log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SetupAndStaffBrowserTests {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void freshInstallation(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry, TestDatabase.freshDatabase("browser_setup"));
	}

	@Test
	void ownerSetsUpTheClinicAndManagesStaff() {
		Page page = browser.newPage(1024, 768);
		page.navigate("http://localhost:" + port + "/");
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/setup$"));
		Browser.screenshot(page, "setup");

		page.getByLabel("Clinic name").fill("Riverside Spine & Rehab");
		page.getByLabel("Time zone").fill("Mars/Olympus_Mons");
		page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Rosa Owner");
		page.getByLabel("E-mail").fill("rosa@riverside.test");
		page.getByLabel("New password").fill("password");
		page.getByLabel("Repeat the password").fill("password");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create clinic")).click();
		assertThat(page.locator("#timeZone-error")).containsText("Choose a time zone");
		assertThat(page.locator("#password-error")).containsText("at least 12 characters");
		assertThat(page.getByLabel("Clinic name")).hasValue("Riverside Spine & Rehab");

		page.getByLabel("Time zone").fill("America/Chicago");
		page.getByLabel("New password").fill("river-stones-and-willows");
		page.getByLabel("Repeat the password").fill("river-stones-and-willows");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create clinic")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your clinic is ready");

		page.getByLabel("E-mail").fill("rosa@riverside.test");
		page.getByLabel("Password").fill("not her password");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("not right");
		assertThat(page.getByLabel("E-mail")).hasValue("rosa@riverside.test");
		page.getByLabel("Password").fill("river-stones-and-willows");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Hello, Rosa Owner");
		assertThat(page.locator(".brand-clinic")).hasText("Riverside Spine & Rehab");

		page.getByRole(AriaRole.NAVIGATION).getByText("Users").click();
		page.getByText("Add a user").click();
		page.locator("main").getByLabel("Name").fill("Theo Therapist");
		page.locator("main").getByLabel("E-mail").fill("theo@riverside.test");
		page.locator("main").getByLabel("Therapist").check();
		page.locator("main").getByLabel("First password").fill("theo-walks-the-dog");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("The account is created");
		Browser.screenshot(page, "user");

		page.locator("main").getByLabel("Reason").fill("Moved to another city");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deactivate account")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("deactivated");
		assertThat(page.getByText("Deactivated: Moved to another city")).isVisible();

		page.getByRole(AriaRole.NAVIGATION).getByText("Users").click();
		assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("Theo Therapist"))).containsText("Deactivated");
		Browser.screenshot(page, "users");

		page.getByRole(AriaRole.NAVIGATION).getByText("Audit log").click();
		assertThat(page.locator("tbody")).containsText("Deactivated an account");
		assertThat(page.locator("tbody")).containsText("Created an account");
		assertThat(page.locator("tbody")).containsText("Signed in");
		Browser.screenshot(page, "audit");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
		page.locator("main").getByLabel("E-mail").fill("theo@riverside.test");
		page.locator("main").getByLabel("Password").fill("theo-walks-the-dog");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("deactivated");
	}

}
