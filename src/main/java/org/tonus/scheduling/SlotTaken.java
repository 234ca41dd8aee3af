package org.tonus.scheduling;

import java.util.List;

/** The time is taken for the practitioner, the room or the client; nothing was stored. Carries free times nearby. */
public class SlotTaken extends RuntimeException {

	public enum Resource {

		PRACTITIONER, ROOM, CLIENT

	}

	private final Resource resource;

	private final List<Slot> alternatives;

	public SlotTaken(Resource resource, List<Slot> alternatives) {
		super("The time is taken (" + resource.name().toLowerCase() + ")");
		this.resource = resource;
		this.alternatives = List.copyOf(alternatives);
	}

	public Resource resource() {
		return resource;
	}

	public List<Slot> alternatives() {
		return alternatives;
	}

}
