package org.tonus.scheduling;

/**
 * What a client books: its length, the turnover time before and after it (linen, room reset), its
 * price, the kind of room or equipment it needs (or none), and whether clients may book it online.
 */
public record ClinicService(ServiceId id, String name, int minutes, int bufferBefore, int bufferAfter, int priceCents,
		RoomKind needs, boolean online, boolean active) {

	public String price() {
		return String.format(java.util.Locale.ROOT, "%d.%02d", priceCents / 100, priceCents % 100);
	}

}
