package org.tonus.outcomes;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * A measure's trend as SVG, drawn on the server: the instrument's full range on the vertical axis,
 * each value at its date, the baseline as a dashed line, the band within the MCID (or MDC) of the
 * baseline shaded (a change inside it is not yet meaningful), and the plan's goal when there is
 * one. Presentation attributes only, no inline styles (our CSP forbids them); with a title and a
 * description for screen readers.
 */
public final class TrendChart {

	private static final int WIDTH = 560;

	private static final int HEIGHT = 220;

	private static final int LEFT = 44;

	private static final int RIGHT = 16;

	private static final int TOP = 14;

	private static final int BOTTOM = 30;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

	private TrendChart() {
	}

	/** One value at a date. */
	public record Point(LocalDate on, double value) {
	}

	/** @param goal the plan's target on this measure, or null */
	public static String svg(Instrument instrument, List<Point> points, Double goal, String description) {
		double min = instrument.scoring().min();
		double max = instrument.scoring().max();
		LocalDate first = points.get(0).on();
		LocalDate last = points.get(points.size() - 1).on();
		long days = Math.max(1, ChronoUnit.DAYS.between(first, last));
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"trend\" viewBox=\"0 0 ").append(WIDTH).append(' ')
			.append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"t-").append(instrument.id()).append(" d-")
			.append(instrument.id()).append("\">");
		svg.append("<title id=\"t-").append(instrument.id()).append("\">").append(escape(instrument.name())).append("</title>");
		svg.append("<desc id=\"d-").append(instrument.id()).append("\">").append(escape(description)).append("</desc>");
		double baseline = points.get(0).value();
		Instrument.Threshold threshold = instrument.threshold();
		if (threshold != null) {
			double band = threshold.points() != null ? threshold.points() : Math.abs(baseline) * threshold.percent() / 100;
			double low = Math.max(min, baseline - band);
			double high = Math.min(max, baseline + band);
			svg.append("<rect x=\"").append(LEFT).append("\" y=\"").append(f(y(high, min, max))).append("\" width=\"")
				.append(WIDTH - LEFT - RIGHT).append("\" height=\"").append(f(y(low, min, max) - y(high, min, max)))
				.append("\" fill=\"#e3f1ef\"/>");
		}
		// axis and a few gridlines with their values
		for (int i = 0; i <= 4; i++) {
			double value = min + (max - min) * i / 4;
			double yy = y(value, min, max);
			svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(f(yy))
				.append("\" y2=\"").append(f(yy)).append("\" stroke=\"#d5dedb\" stroke-width=\"1\"/>");
			svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(f(yy + 4)).append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#4a5b63\">")
				.append(ScoreText.of(value)).append("</text>");
		}
		svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(f(y(baseline, min, max)))
			.append("\" y2=\"").append(f(y(baseline, min, max))).append("\" stroke=\"#4a5b63\" stroke-dasharray=\"4 3\"/>");
		if (goal != null) {
			svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(f(y(goal, min, max)))
				.append("\" y2=\"").append(f(y(goal, min, max))).append("\" stroke=\"#0a4f4c\" stroke-width=\"1.5\"/>");
			svg.append("<text x=\"").append(WIDTH - RIGHT).append("\" y=\"").append(f(y(goal, min, max) - 4))
				.append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#0a4f4c\">goal ").append(ScoreText.of(goal)).append("</text>");
		}
		StringBuilder path = new StringBuilder();
		for (Point point : points) {
			double xx = x(point.on(), first, days);
			double yy = y(point.value(), min, max);
			path.append(path.isEmpty() ? "M" : " L").append(f(xx)).append(' ').append(f(yy));
		}
		svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#0f6e6a\" stroke-width=\"2\"/>");
		for (Point point : points) {
			svg.append("<circle cx=\"").append(f(x(point.on(), first, days))).append("\" cy=\"").append(f(y(point.value(), min, max)))
				.append("\" r=\"4\" fill=\"#0f6e6a\"><title>").append(DAY.format(point.on())).append(": ").append(ScoreText.of(point.value()))
				.append("</title></circle>");
		}
		svg.append("<text x=\"").append(LEFT).append("\" y=\"").append(HEIGHT - 8).append("\" font-size=\"11\" fill=\"#4a5b63\">")
			.append(DAY.format(first)).append("</text>");
		if (!last.equals(first)) {
			svg.append("<text x=\"").append(WIDTH - RIGHT).append("\" y=\"").append(HEIGHT - 8)
				.append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#4a5b63\">").append(DAY.format(last)).append("</text>");
		}
		return svg.append("</svg>").toString();
	}

	private static double x(LocalDate on, LocalDate first, long days) {
		return LEFT + (WIDTH - LEFT - RIGHT) * (double) ChronoUnit.DAYS.between(first, on) / days;
	}

	private static double y(double value, double min, double max) {
		return TOP + (HEIGHT - TOP - BOTTOM) * (1 - (value - min) / (max - min));
	}

	private static String f(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
