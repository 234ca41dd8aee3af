package org.tonus.outcomes.browser;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.tonus.client.ClientDetails;
import org.tonus.client.ClientId;
import org.tonus.client.ClientRegistry;
import org.tonus.client.PreferredContact;
import org.tonus.intake.PrescriptionBook;
import org.tonus.outcomes.Measures;
import org.tonus.support.Browser;
import org.tonus.support.MailIntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "done when": the therapist assigns questionnaires and sends the link, the client
 * answers on a phone, the chart shows the trend with its MCID verdict, and the signed progress
 * report reaches the prescriber by e-mail as a PDF.
 */
class MeasuresBrowserTests extends MailIntegrationTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@Autowired
	ClientRegistry clients;

	@Autowired
	Measures measures;

	@Autowired
	PrescriptionBook prescriptions;

	@Test
	void assignAnswerOnAPhoneSeeTheVerdictAndSendTheReport() throws Exception {
		String family = "Measure" + System.nanoTime() % 100000;
		String email = "ines." + family.toLowerCase() + "@example.test";
		String doctor = "dr.quill." + family.toLowerCase() + "@practice.test";
		ClientId client = clients.register(new ClientDetails("Ines", family, null, LocalDate.of(1984, 2, 3), email,
				"+49 30 5550199", null, null, null, null, PreferredContact.EMAIL, null)).id();
		prescriptions.add(client, new PrescriptionBook.Request("Dr Quill", null, "Quill Practice", doctor,
				LocalDate.now().minusDays(30), List.of("M54.2"), 8, "weekly", null, ""));
		measures.record(client, "nrs-pain", Map.of("pain", 7), LocalDate.now().minusDays(21), Measures.Source.STAFF, "");

		Page desk = browser.newPage(1180, 820);
		desk.navigate(base() + "/sign-in");
		desk.getByLabel("E-mail").fill(OWNER_EMAIL);
		desk.getByLabel("Password").fill(OWNER_PASSWORD);
		desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		desk.navigate(base() + "/clients/" + client + "/measures");
		desk.getByLabel("Questionnaire", new Page.GetByLabelOptions().setExact(true))
			.selectOption(new SelectOption().setLabel("Perceived Stress Scale (10 items)"));
		desk.getByLabel("When").selectOption("INTAKE");
		desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign")).click();
		assertThat(desk.locator("#assigned")).containsText("Due: not answered yet");
		assertThat(desk.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Perceived Stress Scale (10 items)"))).isChecked();
		desk.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Pain intensity, numeric rating scale (0–10)")).check();
		Browser.screenshot(desk, "measures-assign");
		desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send a link")).click();
		assertThat(desk.getByRole(AriaRole.STATUS)).containsText("Sent to " + email);
		String link = link(text(only(email)));

		Page phone = browser.newPage(390, 844);
		phone.navigate(link);
		for (int item = 1; item <= 10; item++) {
			phone.locator("input[name='pss-10." + item + "'][value='" + (item % 2 == 0 ? 1 : 3) + "']").check();
		}
		phone.locator("input[name='nrs-pain.pain'][value='3']").check();
		Browser.screenshot(phone, "measures-phone");
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers")).click();
		assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Thank you");

		desk.navigate(base() + "/clients/" + client + "/measures");
		// 3+1+3+(4-1)+(4-3)+1+(4-3)+(4-1)+3+1 = 20
		assertThat(desk.locator("main")).containsText("PSS-10: baseline 20.");
		assertThat(desk.locator("main")).containsText("Pain (NRS) improved from 7 to 3: a clinically important change.");
		assertThat(desk.locator("#assigned")).containsText("not due");
		assertThat(desk.locator("svg.trend").first()).isVisible();
		Browser.screenshot(desk, "measures-staff");

		desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Progress report")).click();
		assertThat(desk.locator("main")).containsText("Visits used: 0 of 8 authorised");
		desk.getByLabel("Recommendation").fill("Pain has halved. Continue weekly for two more visits, then every two weeks.");
		Browser.screenshot(desk, "report-preview");
		desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign and make the PDF")).click();
		assertThat(desk.getByRole(AriaRole.STATUS)).containsText("The report is signed");
		desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();
		assertThat(desk.getByRole(AriaRole.STATUS)).containsText("The report was sent.");
		assertThat(desk.locator("#signed")).containsText("Sent to " + doctor + " (prescriber)");
		Browser.screenshot(desk, "report-sent");

		String report = attachedPdfText(only(doctor)).replaceAll("\\s+", " ");
		assertThat(report).contains("Ines " + family, "M54.2", "Pain (NRS) improved from 7 to 3: a clinically important change.",
				"Pain has halved.", "Signed by");

		desk.navigate(base() + "/outcomes");
		assertThat(desk.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Clinic outcomes");
		assertThat(desk.locator("main")).not().containsText(family);
		Browser.screenshot(desk, "outcomes-clinic");
	}

	private static MimeMessage only(String address) {
		List<MimeMessage> found = received(address);
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private static String text(MimeMessage message) throws Exception {
		Object content = message.getContent();
		return content instanceof String text ? text : (String) ((Multipart) content).getBodyPart(0).getContent();
	}

	private static String link(String text) {
		Matcher link = Pattern.compile("https?://\\S+/measures/\\S+").matcher(text);
		assertThat(link.find()).isTrue();
		return link.group();
	}

}
