package org.tonus.identity.browser;

import com.microsoft.playwright.Locator;
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
 * The inactivity timeout in a real browser, shortened to seconds: a warning first, then the
 * session ends on the server, the page asks for the password in place, and what the user had
 * typed is still there and gets saved.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tonus.session.idle-timeout=6s", "tonus.admin.email=ida@timeout.test",
				"tonus.admin.password=" + SessionTimeoutBrowserTests.PASSWORD, "tonus.admin.name=Ida Idle" })
class SessionTimeoutBrowserTests {

	static final String PASSWORD = "patient-kettle-morning";

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void freshInstallation(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry, TestDatabase.freshDatabase("browser_timeout"));
	}

	@Test
	void typedWorkSurvivesTheTimeoutAndReauthentication() {
		Page page = browser.newPage(820, 1180);
		page.navigate("http://localhost:" + port + "/sign-in");
		page.getByLabel("E-mail").fill("ida@timeout.test");
		page.getByLabel("Password").fill(PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		page.navigate("http://localhost:" + port + "/account");

		Locator name = page.locator("main").getByLabel("Name");
		name.fill("Ida Ingrid Idle");

		assertThat(page.locator("#idle-warning")).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions
			.IsVisibleOptions().setTimeout(10_000));
		Locator dialog = page.getByRole(AriaRole.DIALOG);
		assertThat(dialog).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
			.setTimeout(20_000));
		Browser.screenshot(page, "session-expired");
		assertThat(dialog.getByLabel("E-mail")).hasValue("ida@timeout.test");

		dialog.getByLabel("Password").fill("wrong password");
		dialog.getByRole(AriaRole.BUTTON).click();
		assertThat(dialog.getByRole(AriaRole.ALERT)).containsText("not right");
		dialog.getByLabel("Password").fill(PASSWORD);
		dialog.getByRole(AriaRole.BUTTON).click();
		assertThat(dialog).isHidden();

		assertThat(name).hasValue("Ida Ingrid Idle");
		page.locator("form[action='/account/name']").getByRole(AriaRole.BUTTON).click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Your name is saved");
		assertThat(page.locator("main").getByLabel("Name")).hasValue("Ida Ingrid Idle");
	}

}
