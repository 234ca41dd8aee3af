package org.tonus.outcomes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tonus.assessment.Assessment;
import org.tonus.assessment.PalpationFinding;
import org.tonus.assessment.RangeOfMotion;
import org.tonus.assessment.RomNormals;
import org.tonus.knowledge.KnowledgeBase;
import org.tonus.knowledge.Muscle;

/**
 * The measures taken with hands and instruments during the assessments, as trends: the
 * pressure-pain threshold at each trigger point (kg/cm², higher is better), each measured range of
 * motion (higher is better), and the pain extent of each drawing (share of the body map, lower is
 * better). None of them has an established MCID, so their verdicts say so rather than claim one:
 * pressure-pain threshold's minimal detectable change depends on the site and device (Walton et al.,
 * JOSPT 2011;41:644).
 */
public final class PhysicalMeasures {

	/** One measured thing over the visits; {@code scale} carries its range, direction and name for the chart. */
	public record Series(String key, Instrument scale, String unit, List<TrendChart.Point> points) {

		public Change change() {
			return Change.between(scale, points.get(0).value(), points.get(points.size() - 1).value());
		}

		public String verdict() {
			return points.size() < 2 ? scale.shortName() + ": baseline " + ScoreText.of(points.get(0).value()) + " " + unit + "."
					: change().sentence(scale.shortName());
		}

		public String chart(Double goal) {
			return TrendChart.svg(scale, points, goal, verdict());
		}

	}

	public static final String PPT_SOURCE = "Fischer, Pain 1987;30:115 (method); site-specific MDC: Walton et al., JOSPT 2011;41:644";

	private static final java.util.regex.Pattern SHORT_POINT = java.util.regex.Pattern.compile("\\((TP\\d+)\\)");

	private PhysicalMeasures() {
	}

	/** Pressure-pain thresholds per trigger point and side, oldest visit first. */
	public static List<Series> pressureThresholds(List<Assessment> assessments, KnowledgeBase knowledge) {
		Map<String, List<TrendChart.Point>> byPoint = new LinkedHashMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		for (Assessment assessment : sorted(assessments)) {
			for (PalpationFinding finding : assessment.findings()) {
				if (finding.pressureThreshold() == null) {
					continue;
				}
				String key = finding.muscle() + "." + finding.triggerPoint() + "." + finding.side();
				names.computeIfAbsent(key, k -> pointName(finding, knowledge));
				add(byPoint, key, assessment.visitDate(), finding.pressureThreshold().doubleValue());
			}
		}
		List<Series> series = new ArrayList<>();
		int n = 0;
		for (Map.Entry<String, List<TrendChart.Point>> entry : byPoint.entrySet()) {
			double top = Math.max(10, Math.ceil(max(entry.getValue())));
			series.add(new Series(entry.getKey(), scale("ppt-" + ++n, "Pressure-pain threshold, " + names.get(entry.getKey()),
					names.get(entry.getKey()) + " threshold", top, Instrument.Better.HIGHER, PPT_SOURCE), "kg/cm²", entry.getValue()));
		}
		return series;
	}

	/** Ranges of motion per joint, movement and side, oldest visit first. */
	public static List<Series> ranges(List<Assessment> assessments, RomNormals normals) {
		Map<String, List<TrendChart.Point>> byMovement = new LinkedHashMap<>();
		Map<String, RangeOfMotion> first = new LinkedHashMap<>();
		for (Assessment assessment : sorted(assessments)) {
			for (RangeOfMotion range : assessment.ranges()) {
				String key = range.joint() + "." + range.movement() + (range.side() == null ? "" : "." + range.side());
				first.putIfAbsent(key, range);
				add(byMovement, key, assessment.visitDate(), range.measured());
			}
		}
		List<Series> series = new ArrayList<>();
		int n = 0;
		for (Map.Entry<String, List<TrendChart.Point>> entry : byMovement.entrySet()) {
			RangeOfMotion range = first.get(entry.getKey());
			RomNormals.Movement movement = normals.movement(range.joint(), range.movement()).orElse(null);
			String name = (movement == null ? range.joint() + " " + range.movement()
					: movement.jointName() + ": " + movement.name().toLowerCase(java.util.Locale.ROOT))
					+ (range.side() == null ? "" : ", " + range.side());
			String unit = movement == null ? "°" : movement.unit();
			double top = Math.max(movement == null ? 10 : Math.ceil(movement.normal() * 1.25), Math.ceil(max(entry.getValue())));
			series.add(new Series(entry.getKey(), scale("rom-" + ++n, "Range of motion, " + name, capitalised(name), top,
					Instrument.Better.HIGHER, movement == null ? "" : movement.source()), unit, entry.getValue()));
		}
		return series;
	}

	/** The pain drawings' extent, as a share of the body map; empty without drawings. */
	public static List<Series> painExtent(List<Assessment> assessments, KnowledgeBase knowledge) {
		List<TrendChart.Point> points = sorted(assessments).stream()
			.filter(assessment -> !assessment.marks().isEmpty())
			.map(assessment -> new TrendChart.Point(assessment.visitDate(), PainExtent.of(assessment.marks(), knowledge).percent()))
			.toList();
		if (points.isEmpty()) {
			return List.of();
		}
		double top = Math.min(100, Math.max(20, Math.ceil(max(points) / 10) * 10));
		return List.of(new Series("pain-extent", scale("pain-extent", "Pain extent (share of the body map)", "Pain extent", top,
				Instrument.Better.LOWER, ""), "%", points));
	}

	private static Instrument scale(String id, String name, String shortName, double top, Instrument.Better better,
			String source) {
		return new Instrument(id, name, shortName, "", List.of(new Instrument.Option(0, "0"), new Instrument.Option(1, "1")),
				List.of(), false, new Instrument.Scoring(Instrument.Scoring.Method.SUM, 0, top, 1, 1, 0, false, 1), better, null,
				List.of(), source, "measured");
	}

	private static String pointName(PalpationFinding finding, KnowledgeBase knowledge) {
		Muscle muscle = knowledge.muscle(finding.muscle()).orElse(null);
		String muscleName = muscle == null ? finding.muscle() : muscle.name();
		String point = "trigger point " + (finding.triggerPoint() + 1);
		if (muscle != null && finding.triggerPoint() >= 0 && finding.triggerPoint() < muscle.triggerPoints().size()) {
			java.util.regex.Matcher tag = SHORT_POINT.matcher(muscle.triggerPoints().get(finding.triggerPoint()).name());
			point = tag.find() ? tag.group(1) : point;
		}
		return muscleName + " " + point + (finding.side() == null ? "" : ", " + finding.side());
	}

	private static List<Assessment> sorted(List<Assessment> assessments) {
		return assessments.stream().sorted(Comparator.comparing(Assessment::visitDate)).toList();
	}

	private static void add(Map<String, List<TrendChart.Point>> series, String key, LocalDate on, double value) {
		List<TrendChart.Point> points = series.computeIfAbsent(key, k -> new ArrayList<>());
		// two findings at one point in one visit: the later replaces the earlier
		if (!points.isEmpty() && points.get(points.size() - 1).on().equals(on)) {
			points.remove(points.size() - 1);
		}
		points.add(new TrendChart.Point(on, value));
	}

	private static double max(List<TrendChart.Point> points) {
		return points.stream().mapToDouble(TrendChart.Point::value).max().orElse(0);
	}

	private static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
