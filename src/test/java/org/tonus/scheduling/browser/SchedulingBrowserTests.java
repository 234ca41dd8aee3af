package org.tonus.scheduling.browser;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.tonus.client.ClientDetails;
import org.tonus.client.ClientId;
import org.tonus.client.ClientRegistry;
import org.tonus.client.PreferredContact;
import org.tonus.scheduling.ClinicService;
import org.tonus.scheduling.ClinicServices;
import org.tonus.scheduling.Practitioner;
import org.tonus.scheduling.PractitionerDraft;
import org.tonus.scheduling.Practitioners;
import org.tonus.scheduling.SchedulingTestAccess;
import org.tonus.scheduling.ServiceId;
import org.tonus.scheduling.Waitlist;
import org.tonus.scheduling.WaitlistEntry;
import org.tonus.scheduling.WeeklyHours;
import org.tonus.support.Browser;
import org.tonus.support.MailIntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Booking from both sides: a new client books online on a phone and gets the confirmation with its
 * calendar file; the front desk sees the visit in the week view on a tablet, books a weekly series
 * for another client, cancels one of its visits, and the waitlist offer for that time goes out.
 */
class SchedulingBrowserTests extends MailIntegrationTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@Autowired
	Practitioners practitioners;

	@Autowired
	ClinicServices services;

	@Autowired
	ClientRegistry clients;

	@Autowired
	Waitlist waitlist;

	@Autowired
	SchedulingTestAccess outbox;

	@Test
	void bookOnlineSeeItInTheWeekBookASeriesCancelOneAndTheWaitlistIsOffered() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 5);
		ClinicService service = services.save(new ClinicService(ServiceId.random(), "NMT session " + tag, 60, 0, 10, 9500, null, true, true));
		List<WeeklyHours> hours = new ArrayList<>();
		for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
			hours.add(new WeeklyHours(day, LocalTime.of(9, 0), LocalTime.of(12, 30)));
			hours.add(new WeeklyHours(day, LocalTime.of(13, 30), LocalTime.of(18, 0)));
		}
		Practitioner ana = practitioners.create(new PractitionerDraft("Ana Ruiz " + tag, "ana-" + tag + "@tonus.test", "LMT", null,
				null, hours, Set.of(service.id())));
		LocalDate monday = LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).plusWeeks(1).with(TemporalAdjusters.next(DayOfWeek.MONDAY));

		// a new client books online on a phone
		Page phone = browser.newPage(390, 844);
		phone.navigate(base() + "/book");
		phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(service.name())).click();
		phone.getByLabel("With", new Page.GetByLabelOptions().setExact(true)).selectOption(ana.id().toString());
		phone.getByLabel("From").fill(monday.toString());
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show times")).click();
		Browser.screenshot(phone, "booking-times");
		phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
				java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM", java.util.Locale.ENGLISH).format(monday) + " 09:00")).click();
		phone.getByLabel("First name").fill("Lena");
		phone.getByLabel("Last name").fill("Brandt" + tag);
		String lenaEmail = "lena-" + tag + "@example.com";
		phone.getByLabel("E-mail", new Page.GetByLabelOptions().setExact(true)).fill(lenaEmail);
		phone.getByLabel("Date of birth").fill("1988-05-02");
		phone.getByLabel("The clinic may keep these details").check();
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book")).click();
		assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("You are booked");
		Browser.screenshot(phone, "booking-confirmed");
		outbox.dispatch();
		MimeMessage confirmation = received(lenaEmail).get(0);
		assertThat(confirmation.getSubject()).contains("booked");
		assertThat(org.tonus.scheduling.SchedulingTestAccess.text(confirmation)).contains("/intake/");
		assertThat(org.tonus.scheduling.SchedulingTestAccess.calendarAttachment(confirmation)).contains("BEGIN:VEVENT");

		// the front desk sees it in the week, on a tablet
		Page desk = browser.newPage(1180, 820);
		desk.navigate(base() + "/sign-in");
		desk.getByLabel("E-mail").fill(OWNER_EMAIL);
		desk.getByLabel("Password").fill(OWNER_PASSWORD);
		desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		desk.navigate(base() + "/schedule?view=week&practitioner=" + ana.id() + "&date=" + monday);
		assertThat(desk.locator("table.calendar")).containsText("Lena Brandt" + tag);
		Browser.screenshot(desk, "schedule-week");

		// a weekly series of ten for another client, from an empty slot
		ClientId otto = clients.register(new ClientDetails("Otto", "Weber" + tag, null, LocalDate.of(1970, 1, 9), null, "+49 30 5550101",
				null, null, null, null, PreferredContact.PHONE, null)).id();
		ClientId waiting = clients.register(new ClientDetails("Wanda", "Wait" + tag, null, LocalDate.of(1990, 6, 1),
				"wanda-" + tag + "@example.com", null, null, null, null, null, PreferredContact.EMAIL, null)).id();
		waitlist.add(waiting, service.id(), null, monday, monday.plusDays(60), WaitlistEntry.DayPart.AFTERNOON, "Wants Tuesdays");
		desk.navigate(base() + "/schedule/book?practitioner=" + ana.id() + "&start=" + monday.plusDays(1) + "T14:00");
		desk.getByLabel("Search by name, phone, e-mail or date of birth").fill("Weber" + tag);
		desk.getByLabel("Otto Weber" + tag).check();
		desk.getByLabel("Service", new Page.GetByLabelOptions().setExact(true)).selectOption(service.id().toString());
		desk.getByLabel("Repeat", new Page.GetByLabelOptions().setExact(true)).selectOption("WEEKLY");
		desk.getByLabel("Number of visits").fill("10");
		Browser.screenshot(desk, "schedule-book-series");
		desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book").setExact(true)).click();
		assertThat(desk.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("The series is booked");
		assertThat(desk.locator("main ol li")).hasCount(10);
		Browser.screenshot(desk, "schedule-series");

		// cancel the third visit: its time goes to the waitlist
		desk.locator("main ol li a").nth(2).click();
		desk.getByLabel("Reason", new Page.GetByLabelOptions().setExact(true)).fill("Otto is travelling");
		desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel the appointment")).click();
		assertThat(desk.locator("main")).containsText("Cancelled");
		Browser.screenshot(desk, "schedule-appointment-cancelled");
		outbox.dispatch();
		List<MimeMessage> offers = received("wanda-" + tag + "@example.com");
		assertThat(offers).singleElement().satisfies(offer -> assertThat(offer.getSubject()).contains("a time has opened up"));
		assertThat(clients.findWithoutAudit(otto)).isPresent();

		// the other pages of the schedule, looked at on the tablet
		desk.navigate(base() + "/schedule?view=day&date=" + monday.plusDays(1));
		assertThat(desk.locator("table.calendar")).containsText("Otto Weber" + tag);
		Browser.screenshot(desk, "schedule-day");
		desk.navigate(base() + "/schedule/waitlist");
		assertThat(desk.locator("main")).containsText("Wanda Wait" + tag);
		Browser.screenshot(desk, "schedule-waitlist");
		desk.navigate(base() + "/schedule/follow-ups");
		Browser.screenshot(desk, "schedule-follow-ups");
		desk.navigate(base() + "/schedule/setup");
		assertThat(desk.locator("#services")).containsText(service.name());
		Browser.screenshot(desk, "schedule-setup");
		desk.navigate(base() + "/schedule/setup/practitioners/" + ana.id());
		assertThat(desk.getByLabel("Monday first from")).hasValue("09:00");
		Browser.screenshot(desk, "schedule-practitioner");
		desk.navigate(base() + "/clients/" + otto);
		assertThat(desk.locator("#appointments")).containsText("with Ana Ruiz " + tag);
		Browser.screenshot(desk, "schedule-client-chart");
	}

}
