package org.tonus.scheduling;

/** A treatment room, a table or a massage chair at a location; one appointment at a time. */
public record Room(RoomId id, LocationId location, String name, RoomKind kind, boolean active) {
}
