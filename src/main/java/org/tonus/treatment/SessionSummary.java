package org.tonus.treatment;

import java.time.LocalDate;

/** A session as the chart lists it: when, whether it is finished, how many techniques were recorded. */
public record SessionSummary(SessionId id, LocalDate visitDate, boolean finished, int techniques) {
}
