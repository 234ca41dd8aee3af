package org.tonus.client;

import java.util.Map;

/**
 * Something another module shows on a client's chart: a Thymeleaf fragment
 * ({@code template :: fragment}) with its model. Banners appear under the header (warnings such as
 * contraindications); panels in the chart's body. Lower {@code order} comes first.
 */
public record ChartPanel(Placement placement, int order, String template, String fragment, Map<String, Object> model) {

	public enum Placement {

		BANNER, PANEL

	}

}
