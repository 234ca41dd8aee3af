package org.tonus.visit;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.tonus.client.Client;
import org.tonus.client.ClientDetails;
import org.tonus.client.ClientRegistry;
import org.tonus.client.PreferredContact;
import org.tonus.support.Browser;
import org.tonus.support.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The therapist's whole visit on a tablet: draw the pain, see the candidates, palpate and record
 * findings, measure range of motion.
 */
class VisitBrowserTests extends IntegrationTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@Autowired
	ClientRegistry clients;

	@Test
	void aWholeVisit() {
		Client client = clients.register(new ClientDetails("Nora", "Haugen" + System.nanoTime() % 100000, null,
				LocalDate.of(1981, 3, 14), "nora.haugen@example.test", null, null, null, null, null, PreferredContact.EMAIL,
				null));
		Page page = browser.newPage(1180, 820);
		page.navigate(base() + "/sign-in");
		page.getByLabel("E-mail").fill(OWNER_EMAIL);
		page.getByLabel("Password").fill(OWNER_PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		page.navigate(base() + "/clients/" + client.id());

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assess today's visit")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Assessment");
		page.waitForLoadState();
		page.locator(".region[data-key='temple|right']").first().click();
		page.locator(".region[data-key='temple|right']").first().click();
		page.locator(".region[data-key='neck-side|right']").first().click();
		assertThat(page.locator("#candidates")).containsText("Upper trapezius");
		assertThat(page.locator("#drawing-status")).hasText("Drawing saved.");
		page.locator("#candidates button.palpate[data-muscle='upper-trapezius'][data-side='right']").click();
		assertThat(page.locator("#point")).hasValue("upper-trapezius#0");
		page.getByLabel("Taut band").check();
		page.getByLabel("Referred pain reproduced", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("Referred pain felt in").selectOption("temple");
		page.getByLabel("Tenderness (0–10)").fill("7");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the finding")).click();
		assertThat(page.locator("#findings")).containsText("Referred pain reproduced in: Temple");

		page.reload();
		assertThat(page.locator("#marks-list")).containsText("Temple (right)");
		page.getByLabel("Movement").selectOption("cervical.rotation");
		page.locator("#range-side").selectOption("left");
		page.getByLabel("Measured").fill("45");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the range")).click();
		assertThat(page.locator("#ranges")).containsText("45°");
		Browser.screenshot(page, "assessment");
		page.setViewportSize(1180, 2600);
		Browser.screenshot(page, "assessment-full");
	}

}
