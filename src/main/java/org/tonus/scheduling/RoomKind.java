package org.tonus.scheduling;

/** What a room or piece of equipment is; a service may need one of a kind. Each has capacity one. */
public enum RoomKind {

	ROOM, TABLE, CHAIR

}
