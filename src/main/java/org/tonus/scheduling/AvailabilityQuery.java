package org.tonus.scheduling;

import java.time.LocalDate;
import java.util.List;

/**
 * Which free slots to find: for a service (its length, buffers and room) or a plain number of
 * minutes, with the given practitioners (none: anyone who gives the service), over dates in the
 * location's zone, from {@code from} to {@code to} inclusive. Online queries also honour the
 * booking window and the minimum notice.
 */
public record AvailabilityQuery(ServiceId service, Integer minutes, List<PractitionerId> practitioners, LocalDate from,
		LocalDate to, boolean online) {

	public static final int MAX_DAYS = 62;

}
