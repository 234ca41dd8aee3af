package org.tonus.scheduling;

/** No such appointment, practitioner, service, room or link (or not one this user may see). */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class ScheduleNotFound extends RuntimeException {

	public ScheduleNotFound() {
		super("Not found");
	}

}
