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
import org.tonus.support.MailIntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The therapist's whole visit on a tablet: draw the pain, see the candidates, palpate and record
 * findings, measure range of motion, plan, run the session with the hold timer, finish, keep the
 * drafted note through a forced sign-out, sign it, print it, and send the home-care program, which
 * arrives by e-mail and opens from the client's link on a phone.
 */
class VisitBrowserTests extends MailIntegrationTest {

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

		page.navigate(base() + "/clients/" + client.id());
		page.getByText("Make a plan").click();
		assertThat(page.locator("#problems")).containsText("Pain in Temple (right), 7/10");
		assertThat(page.locator("#goal0-description")).hasValue("Worst pain from 7 to 3 or less");
		Browser.screenshot(page, "plan-form");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the plan")).click();
		assertThat(page.locator("main")).containsText("weekly for 4 visits");

		page.navigate(base() + "/clients/" + client.id());
		page.getByText("Start a session").click();
		page.getByLabel("What the client reports today").fill("Headache eased for two days after last time");
		page.locator("label.scale-step:has(input[name=painBefore][value='7'])").click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the session")).click();
		page.waitForLoadState();
		assertThat(page.locator(".point-name")).containsText("Upper trapezius");
		page.keyboard().press("Space");
		assertThat(page.locator("#timer-toggle")).hasAttribute("aria-pressed", "true");
		page.waitForTimeout(1300);
		page.keyboard().press("Space");
		assertThat(page.locator("#repetitions")).hasValue("1");
		assertThat(page.locator("#holdSeconds")).not().hasValue("");
		page.locator("label.scale-step:has(input[name=pressure][value='3'])").click();
		page.keyboard().press("6");
		page.keyboard().press("y");
		Browser.screenshot(page, "runner");
		page.keyboard().press("Enter");
		assertThat(page.locator("#done")).containsText("discomfort 6/10");
		assertThat(page.locator("#done")).containsText("Released");

		page.locator("label.scale-step:has(input[name=painAfter][value='3'])").click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Finish and draft the SOAP note")).click();
		assertThat(page.locator("#subjective")).hasValue(java.util.regex.Pattern.compile("Headache eased for two days"));
		assertThat(page.locator("#objective")).hasValue(java.util.regex.Pattern.compile("ischemic compression 1 × \\d+ s, pressure 3/5"));
		page.waitForLoadState();

		page.context().clearCookies();
		page.locator("#plan").click();
		page.locator("#plan").press("Control+End");
		page.locator("#plan").pressSequentially(" Typed after the session ended.");
		assertThat(page.locator("#reauth")).isVisible();
		page.locator("#reauth-password").fill(OWNER_PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in and continue")).click();
		assertThat(page.locator("#save-status")).containsText("All changes saved");
		page.reload();
		assertThat(page.locator("#plan")).hasValue(java.util.regex.Pattern.compile("Typed after the session ended"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign the note")).click();
		assertThat(page.locator("main")).containsText("Signed by Test Owner");
		String pdfUrl = page.locator("a:has-text('Open as PDF')").getAttribute("href");
		com.microsoft.playwright.APIResponse pdf = page.request().get(base() + pdfUrl);
		org.assertj.core.api.Assertions.assertThat(pdf.status()).isEqualTo(200);
		org.assertj.core.api.Assertions.assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
		org.assertj.core.api.Assertions.assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

		page.navigate(base() + "/clients/" + client.id());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make a program from the last session")).click();
		assertThat(page.locator("#program-form")).containsText("Stretch: Upper trapezius");
		page.locator("#frequency").fill("Stretch twice a day, self-pressure once a day");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the changes")).click();
		assertThat(page.locator("main")).containsText("Program saved.");
		Browser.screenshot(page, "home-care");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send by e-mail")).click();
		assertThat(page.locator("main")).containsText("Sent by e-mail.");

		org.assertj.core.api.Assertions.assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
		jakarta.mail.internet.MimeMessage message = smtp.getReceivedMessages()[smtp.getReceivedMessages().length - 1];
		String body = com.icegreen.greenmail.util.GreenMailUtil.getBody(message);
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("http://\\S+/home-care/[A-Za-z0-9_-]{43}").matcher(body);
		org.assertj.core.api.Assertions.assertThat(link.find()).isTrue();
		org.assertj.core.api.Assertions.assertThat(body).doesNotContain("trapezius");

		Page phone = browser.newPage(390, 844);
		phone.navigate(link.group());
		assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Hello Nora");
		assertThat(phone.locator("main")).containsText("Stretch: Upper trapezius");
		assertThat(phone.locator("main")).containsText("Stretch twice a day");
		Browser.screenshot(phone, "home-care-client");
		com.microsoft.playwright.APIResponse handout = phone.request().get(link.group() + "/pdf");
		org.assertj.core.api.Assertions.assertThat(handout.headers().get("content-type")).isEqualTo("application/pdf");
		Browser.save(handout.body(), "home-care.pdf");
	}

}
