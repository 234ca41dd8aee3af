package org.tonus.assessment;

/** A range of motion as entered: {@code movement} is "joint.movement" of {@link RomNormals}. */
public record RangeRequest(String movement, String side, String measured, boolean painful) {
}
