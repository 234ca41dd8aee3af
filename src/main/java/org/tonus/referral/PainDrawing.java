package org.tonus.referral;

import java.util.List;
import java.util.Set;

/** Where it hurts (marks) and what the client does (activity ids that may activate trigger points). */
public record PainDrawing(List<PainMark> marks, Set<String> activities) {

	public PainDrawing {
		marks = List.copyOf(marks);
		activities = Set.copyOf(activities);
	}

	public static PainDrawing of(PainMark... marks) {
		return new PainDrawing(List.of(marks), Set.of());
	}

}
