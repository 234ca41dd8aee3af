package org.tonus.system;

import java.util.EnumSet;
import java.util.Set;

/** What a person may do in Tonus. A user holds one or more roles (a solo therapist is owner and therapist). */
public enum Role {

	OWNER, THERAPIST, FRONT_DESK, BILLING, CLIENT;

	public static final Set<Role> STAFF = EnumSet.of(OWNER, THERAPIST, FRONT_DESK, BILLING);

	public String authority() {
		return "ROLE_" + name();
	}

	public boolean isStaff() {
		return STAFF.contains(this);
	}

	public String messageKey() {
		return "role." + name().toLowerCase().replace('_', '-');
	}

}
