package org.tonus.outcomes;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;

class TrendChartTests {

	private final Instrument nrs = Instruments.builtIn().find("nrs-pain").orElseThrow();

	@Test
	void theTrendIsWellFormedSvgWithEveryValueTheBaselineTheMcidBandAndTheGoal() throws Exception {
		LocalDate start = LocalDate.of(2026, 9, 1);
		List<TrendChart.Point> points = List.of(new TrendChart.Point(start, 7), new TrendChart.Point(start.plusDays(14), 5),
				new TrendChart.Point(start.plusDays(28), 3));
		String svg = TrendChart.svg(nrs, points, 3.0, "Neck pain improved from 7 to 3 & more");
		Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
			.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		assertThat(document.getElementsByTagName("circle").getLength()).isEqualTo(3);
		assertThat(document.getElementsByTagName("rect").getLength()).as("the MCID band").isEqualTo(1);
		assertThat(svg).contains("goal 3").contains("1 Sep").contains("29 Sep").contains("&amp; more").doesNotContain("style=");
		// 0..10 over 176 px from y=14: the band of ±2 around 7 runs from 9 (y = 14 + 176 × 0.1) down to 5 (y = 102)
		assertThat(document.getElementsByTagName("rect").item(0).getAttributes().getNamedItem("y").getNodeValue()).isEqualTo("31.6");
		assertThat(document.getElementsByTagName("rect").item(0).getAttributes().getNamedItem("height").getNodeValue()).isEqualTo("70.4");
	}

	@Test
	void aSingleValueDrawsWithoutATimeSpan() {
		String svg = TrendChart.svg(Instruments.builtIn().find("pss-10").orElseThrow(),
				List.of(new TrendChart.Point(LocalDate.of(2026, 9, 1), 20)), null, "PSS-10 baseline 20");
		assertThat(svg).contains("<circle").doesNotContain("<rect").doesNotContain("goal");
	}

}
