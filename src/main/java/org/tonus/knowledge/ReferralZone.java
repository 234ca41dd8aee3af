package org.tonus.knowledge;

/** A region a trigger point refers pain to, its side relative to the trigger point, and how reliably. */
public record ReferralZone(String region, ZoneSide side, ZoneKind kind) {
}
