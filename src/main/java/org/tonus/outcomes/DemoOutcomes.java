package org.tonus.outcomes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tonus.assessment.Assessment;
import org.tonus.assessment.AssessmentId;
import org.tonus.assessment.Assessments;
import org.tonus.assessment.FindingRequest;
import org.tonus.assessment.PalpationFinding;
import org.tonus.assessment.RangeRequest;
import org.tonus.client.ClientId;
import org.tonus.client.ClientRegistry;
import org.tonus.client.ClientSummary;
import org.tonus.identity.DemoClinicCreated;
import org.tonus.referral.PainDrawing;
import org.tonus.referral.PainMark;
import org.tonus.system.ClinicProfiles;

/**
 * Gives the demo clinic's clients invented but realistic outcome histories: pain ratings every one
 * or two weeks over two months (most improve by a clinically important amount, one relapses, one
 * does not change), PSFS and PSS-10 at the start and later, assignments, and for the clients with a
 * worked visit an earlier assessment, so pressure-pain thresholds, range of motion and the first
 * and latest pain drawings have a trend.
 */
@Component
class DemoOutcomes {

	/** Pain ratings per demo client, one every 10 days, the last today; the patterns repeat. */
	private static final List<List<Integer>> PAIN = List.of(List.of(7, 6, 5, 4, 3, 3), List.of(8, 7, 7, 5, 4, 4),
			List.of(6, 6, 5, 5, 4), List.of(7, 5, 3, 2, 4, 5), List.of(5, 5, 5, 4, 5), List.of(9, 7, 6, 4, 3, 2),
			List.of(6, 5, 3, 3), List.of(7, 7, 6, 6));

	private final ClientRegistry clients;

	private final Measures measures;

	private final Assignments assignments;

	private final Assessments assessments;

	private final ClinicProfiles clinics;

	DemoOutcomes(ClientRegistry clients, Measures measures, Assignments assignments, Assessments assessments,
			ClinicProfiles clinics) {
		this.clients = clients;
		this.measures = measures;
		this.assignments = assignments;
		this.assessments = assessments;
		this.clinics = clinics;
	}

	@EventListener
	@Order(300)
	void on(DemoClinicCreated created) {
		created.asOwner(() -> {
			LocalDate today = clinics.today();
			int n = 0;
			for (ClientSummary summary : clients.search("", 0, 100, false).items()) {
				history(summary.id(), PAIN.get(n % PAIN.size()), today, n);
				n++;
			}
		});
	}

	private void history(ClientId client, List<Integer> pain, LocalDate today, int n) {
		LocalDate start = today.minusDays(10L * (pain.size() - 1));
		for (int i = 0; i < pain.size(); i++) {
			measures.record(client, "nrs-pain", Map.of("pain", pain.get(i)), start.plusDays(10L * i), Measures.Source.STAFF, "");
		}
		int firstPain = pain.get(0);
		int lastPain = pain.get(pain.size() - 1);
		measures.record(client, "psfs", psfs(Math.max(1, 10 - firstPain)), start, Measures.Source.STAFF, "");
		measures.record(client, "psfs", psfs(Math.min(10, 10 - lastPain + 1)), today, Measures.Source.STAFF, "");
		measures.record(client, "pss-10", pss(2 + n % 2), start, Measures.Source.PAPER, "");
		assignments.assign(client, "nrs-pain", Assignment.Schedule.EVERY_N_VISITS, 1);
		assignments.assign(client, "psfs", Assignment.Schedule.EVERY_N_VISITS, 4);
		assignments.assign(client, "pss-10", Assignment.Schedule.DISCHARGE, null);
		earlierAssessment(client, start, firstPain, lastPain);
	}

	/** For a client with a worked visit: the same findings a few weeks before, worse, so they trend. */
	private void earlierAssessment(ClientId client, LocalDate start, int firstPain, int lastPain) {
		List<Assessment> existing = assessments.withMeasurements(client);
		if (existing.isEmpty() || existing.get(0).visitDate().isBefore(start) || existing.get(0).marks().isEmpty()) {
			return;
		}
		Assessment later = existing.get(0);
		AssessmentId earlier = assessments.forVisit(client, start);
		List<PainMark> marks = new ArrayList<>();
		for (PainMark mark : later.marks()) {
			marks.add(new PainMark(mark.region(), mark.side(), Math.min(10, mark.intensity() + 2)));
		}
		// the first drawing also covered the shoulder, which has cleared since
		marks.add(new PainMark("shoulder-top", org.tonus.knowledge.Side.RIGHT, Math.max(1, firstPain - 2)));
		assessments.saveDrawing(client, earlier, new PainDrawing(dedupe(marks), later.activities()));
		for (PalpationFinding finding : later.findings()) {
			double after = finding.pressureThreshold() == null ? 3.5 : finding.pressureThreshold().doubleValue();
			double before = Math.max(1.0, after - 0.3 - (firstPain - lastPain) * 0.25);
			assessments.recordFinding(client, earlier, new FindingRequest(finding.muscle() + "#" + finding.triggerPoint(),
					finding.side(), "ACTIVE", true, finding.twitchResponse(), true, null, null,
					String.format(java.util.Locale.ROOT, "%.1f", before), "Demo: baseline algometry"));
		}
		later.ranges()
			.forEach(range -> assessments.recordRange(client, earlier,
					new RangeRequest(range.joint() + "." + range.movement(), range.side(), String.valueOf(range.measured() - 15), true)));
	}

	private static List<PainMark> dedupe(List<PainMark> marks) {
		Map<String, PainMark> unique = new LinkedHashMap<>();
		marks.forEach(mark -> unique.putIfAbsent(mark.region() + "|" + mark.side(), mark));
		return List.copyOf(unique.values());
	}

	private static Map<String, Integer> psfs(int level) {
		Map<String, Integer> answers = new LinkedHashMap<>();
		answers.put("Turning my head to reverse the car", level);
		answers.put("Working at the computer for an hour", Math.min(10, level + 1));
		answers.put("Sleeping through the night", Math.max(0, level - 1));
		return answers;
	}

	private static Map<String, Integer> pss(int level) {
		Map<String, Integer> answers = new LinkedHashMap<>();
		for (int item = 1; item <= 10; item++) {
			answers.put(String.valueOf(item), item % 3 == 0 ? Math.min(4, level + 1) : level);
		}
		return answers;
	}

}
