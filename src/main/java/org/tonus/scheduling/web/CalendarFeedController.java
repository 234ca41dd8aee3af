package org.tonus.scheduling.web;


import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tonus.scheduling.CalendarFeeds;
import org.tonus.scheduling.ScheduleNotFound;
import org.tonus.system.PublicAccess;

/** A practitioner's calendar feed at its secret address (RFC 5545), for calendar apps to subscribe to. */
@Controller
class CalendarFeedController {

	private final CalendarFeeds feeds;

	CalendarFeedController(CalendarFeeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping("/calendar/{file}")
	@PublicAccess("calendar apps fetch the feed with the secret address the practitioner was given; revocable")
	ResponseEntity<String> feed(@PathVariable String file) {
		if (!file.endsWith(".ics")) {
			throw new ScheduleNotFound();
		}
		String calendar = feeds.feed(file.substring(0, file.length() - 4)).orElseThrow(ScheduleNotFound::new);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
			.header("Cache-Control", "private, max-age=300")
			.body(calendar);
	}

}
