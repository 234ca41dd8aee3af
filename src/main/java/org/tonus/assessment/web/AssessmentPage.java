package org.tonus.assessment.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tonus.assessment.AreaFinding;
import org.tonus.assessment.Assessment;
import org.tonus.assessment.AssessmentId;
import org.tonus.assessment.Assessments;
import org.tonus.assessment.NmtElement;
import org.tonus.assessment.PalpationFinding;
import org.tonus.assessment.RangeOfMotion;
import org.tonus.assessment.RomNormals;
import org.tonus.assessment.Suggestion;
import org.tonus.atlas.DrawingPanel;
import org.tonus.atlas.Places;
import org.tonus.atlas.PointOptions;
import org.tonus.client.Client;
import org.tonus.knowledge.BodyRegion;
import org.tonus.knowledge.KnowledgeBase;
import org.tonus.knowledge.Muscle;
import org.tonus.knowledge.Side;
import org.tonus.referral.PainDrawing;
import org.tonus.referral.PainMark;

/** Builds what the assessment page shows, in words (no ids shown to people). */
@Component
class AssessmentPage {

	private final Assessments assessments;

	private final DrawingPanel panel;

	private final Places places;

	private final KnowledgeBase knowledge;

	private final RomNormals normals;

	private final MessageSource messages;

	private final PointOptions points;

	AssessmentPage(Assessments assessments, DrawingPanel panel, Places places, KnowledgeBase knowledge,
			RomNormals normals, MessageSource messages, PointOptions points) {
		this.points = points;
		this.assessments = assessments;
		this.panel = panel;
		this.places = places;
		this.knowledge = knowledge;
		this.normals = normals;
		this.messages = messages;
	}

	record Option(String value, String label) {
	}

	record OptionGroup(String label, List<Option> options) {
	}

	record FindingView(String id, String muscle, String point, String side, boolean active, String state, List<String> signs,
			Integer tenderness, BigDecimal pressureThreshold, String note) {
	}

	record AreaView(String id, String place, String element, String note) {
	}

	record RangeView(String id, String movement, String side, String measured, String normal, Integer percent,
			boolean painful, String source) {
	}

	String render(Client client, AssessmentId id, Model model, Locale locale, Map<String, String> errors,
			Map<String, String> values) {
		Assessment assessment = assessments.read(client.id(), id);
		model.addAttribute("client", client);
		model.addAttribute("assessment", assessment);
		model.addAttribute("errors", errors);
		model.addAttribute("values", values);
		panel.addMap(model, locale);
		model.addAttribute("drawingJson", drawingJson(assessment.marks()));
		model.addAttribute("palpate", true);
		panel.addCandidates(new PainDrawing(assessment.marks(), assessment.activities()), model, locale);
		model.addAttribute("pointGroups", points.groups(assessment.suggestions().stream().map(Suggestion::muscle).toList(),
				"assessment.finding.suggested", locale));
		model.addAttribute("regionOptions", knowledge.regions()
			.stream()
			.map(region -> new Option(region.id(), region.name()))
			.toList());
		model.addAttribute("elements", List.of(NmtElement.values()));
		model.addAttribute("entrapments", List.of(NmtElement.Entrapment.values()));
		model.addAttribute("movementGroups", movementGroups(locale));
		model.addAttribute("findings", assessment.findings().stream().map(finding -> view(finding, locale)).toList());
		model.addAttribute("areas", assessment.areas().stream().map(area -> view(area, locale)).toList());
		model.addAttribute("ranges", assessment.ranges().stream().map(range -> view(range, locale)).toList());
		return "assessment/assessment";
	}

	private FindingView view(PalpationFinding finding, Locale locale) {
		Muscle muscle = knowledge.muscle(finding.muscle()).orElseThrow();
		List<String> signs = new ArrayList<>();
		if (finding.tautBand()) {
			signs.add(messages.getMessage("assessment.finding.taut-band", null, locale));
		}
		if (finding.twitchResponse()) {
			signs.add(messages.getMessage("assessment.finding.twitch", null, locale));
		}
		if (finding.referralReproduced()) {
			signs.add(finding.referredTo() == null ? messages.getMessage("assessment.finding.referral", null, locale)
					: messages.getMessage("assessment.finding.referral-to", new Object[] { regionName(finding.referredTo()) },
							locale));
		}
		return new FindingView(finding.id().toString(), muscle.name(), muscle.triggerPoints().get(finding.triggerPoint()).name(),
				sideName(finding.side(), locale), finding.state() == org.tonus.assessment.TriggerPointState.ACTIVE,
				messages.getMessage("assessment.state." + finding.state().name(), null, locale), signs,
				finding.tenderness(), finding.pressureThreshold(), finding.note());
	}

	private AreaView view(AreaFinding area, Locale locale) {
		String element = messages.getMessage("assessment.element." + area.element().name(), null, locale);
		if (area.entrapment() != null) {
			element = element + " (" + messages.getMessage("assessment.entrapment." + area.entrapment().name(), null, locale)
					+ ")";
		}
		return new AreaView(area.id().toString(), places.label(area.area(), Side.parse(area.side()), locale), element,
				area.note());
	}

	private RangeView view(RangeOfMotion range, Locale locale) {
		RomNormals.Movement movement = normals.movement(range.joint(), range.movement()).orElse(null);
		String name = movement == null ? range.joint() + " " + range.movement() : movement.jointName() + ": " + movement.name();
		String unit = movement == null ? "degrees" : movement.unit();
		return new RangeView(range.id().toString(), name, range.side() == null ? "" : sideName(range.side(), locale),
				amount(range.measured(), unit, locale), movement == null ? null : amount(movement.normal(), unit, locale),
				movement == null ? null : movement.percentOfNormal(range.measured()), range.painful(),
				movement == null ? "" : movement.source());
	}

	private String amount(int value, String unit, Locale locale) {
		return messages.getMessage("assessment.unit." + unit, new Object[] { value }, locale);
	}

	private List<OptionGroup> movementGroups(Locale locale) {
		return normals.joints()
			.stream()
			.map(joint -> new OptionGroup(joint.name(), joint.movements()
				.stream()
				.map(movement -> new Option(movement.key(), messages.getMessage("assessment.range.option",
						new Object[] { movement.name(), amount(movement.normal(), movement.unit(), locale) }, locale)))
				.toList()))
			.toList();
	}

	private String regionName(String region) {
		return knowledge.region(region).map(BodyRegion::name).orElse(region);
	}

	private String sideName(String side, Locale locale) {
		return messages.getMessage("side." + side, null, side, locale);
	}

	private static String drawingJson(List<PainMark> marks) {
		StringBuilder json = new StringBuilder("{\"marks\": [");
		for (int i = 0; i < marks.size(); i++) {
			PainMark mark = marks.get(i);
			json.append(i == 0 ? "" : ", ").append("{\"region\": \"").append(mark.region()).append('"');
			if (mark.side() != null) {
				json.append(", \"side\": \"").append(mark.side().id()).append('"');
			}
			json.append(", \"intensity\": ").append(mark.intensity()).append('}');
		}
		return json.append("]}").toString();
	}

}
