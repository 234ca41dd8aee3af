package org.tonus.scheduling;

import java.util.List;

/**
 * The clinic's booking rules: whether clients may book online, how far ahead and with how much
 * notice, when a cancellation counts as late, when reminders go out (minutes before the visit) and
 * the grid free slots are offered on.
 */
public record BookingPolicy(boolean onlineBooking, int horizonDays, int minNoticeMinutes, int lateCancelHours,
		List<Integer> reminderLeads, int slotStepMinutes) {

	public static final List<Integer> STEPS = List.of(5, 10, 15, 20, 30, 60);

	public BookingPolicy {
		reminderLeads = reminderLeads.stream().distinct().sorted(java.util.Comparator.reverseOrder()).toList();
		if (horizonDays < 1 || horizonDays > 365 || minNoticeMinutes < 0 || minNoticeMinutes > 10080 || lateCancelHours < 0
				|| lateCancelHours > 168 || !STEPS.contains(slotStepMinutes) || reminderLeads.size() > 4
				|| reminderLeads.stream().anyMatch(lead -> lead < 10 || lead > 20160)) {
			throw new IllegalArgumentException("A booking rule is out of range");
		}
	}

}
