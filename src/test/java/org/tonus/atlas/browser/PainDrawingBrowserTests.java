package org.tonus.atlas.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tonus.support.Browser;
import org.tonus.support.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A therapist draws a pain pattern by pointer and by keyboard, reads the ranking, and opens the atlas. */
class PainDrawingBrowserTests extends IntegrationTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@Test
	void drawingRanksExplainedCandidatesAndLeadsToTheAtlas() {
		Page page = browser.newPage(1280, 1000);
		page.navigate(base() + "/sign-in");
		page.getByLabel("E-mail").fill(OWNER_EMAIL);
		page.getByLabel("Password").fill(OWNER_PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		page.getByRole(AriaRole.NAVIGATION).getByText("Pain drawing").click();
		page.waitForURL("**/body-map");
		page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);

		page.locator("[data-key='temple|right']").click();
		page.locator("[data-key='temple|right']").click();
		Locator neck = page.locator("[data-key='neck-side|right']");
		neck.focus();
		page.keyboard().press("Enter");
		page.keyboard().press("ArrowUp");

		Locator candidates = page.locator("#candidates");
		assertThat(candidates.locator("li").first()).containsText("Upper trapezius (right)");
		assertThat(candidates).containsText("In its essential zone: Temple (right), Side of the neck (right).");
		assertThat(page.locator("#marks-list")).containsText("Temple (right) · 7");
		assertThat(page.locator("#marks-list")).containsText("Side of the neck (right) · 5");
		Browser.screenshot(page, "pain-drawing");

		page.locator("#place-select").selectOption("heel|left");
		page.locator("#place-intensity").selectOption("8");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add").setExact(true)).click();
		assertThat(candidates).containsText("Together these explain the whole drawing");

		candidates.locator("ol").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Upper trapezius (right)")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Upper trapezius");
		assertThat(page.locator(".region.zone-essential").first()).isVisible();
		assertThat(page.getByText("Self-care")).isVisible();
		Browser.screenshot(page, "atlas-muscle");

		page.getByText("← Muscle atlas").click();
		page.getByLabel("Where it hurts").selectOption("heel");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
		assertThat(page.locator(".atlas-list")).containsText("Soleus");
	}

}
