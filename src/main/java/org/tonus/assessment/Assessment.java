package org.tonus.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.tonus.client.ClientId;
import org.tonus.referral.PainMark;

/** One visit's assessment as recorded so far (withdrawn records left out). */
public record Assessment(AssessmentId id, ClientId client, LocalDate visitDate, List<PainMark> marks,
		Set<String> activities, List<Suggestion> suggestions, String posture, List<PalpationFinding> findings,
		List<AreaFinding> areas, List<RangeOfMotion> ranges, int version, Instant updatedAt) {

	public int worstPain() {
		return marks.stream().mapToInt(PainMark::intensity).max().orElse(0);
	}


}
