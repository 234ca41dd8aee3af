package org.tonus.referral;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.tonus.knowledge.RegionSide;
import org.tonus.knowledge.Side;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of drawings and analyses shared by the command line and the API
 * ({@code spec/cli.md}): {@code {"marks": [{"region", "side", "intensity"}], "activities": [...]}}
 * in, {@code {"candidates": [...], "cover": [...]}} out.
 */
public final class DrawingJson {

	private final JsonMapper json;

	public DrawingJson(JsonMapper json) {
		this.json = json;
	}

	public DrawingJson() {
		this(JsonMapper.builder().build());
	}

	public JsonMapper mapper() {
		return json;
	}

	public PainDrawing drawing(JsonNode node) {
		if (node == null || !node.isObject()) {
			throw new InvalidDrawing("a drawing is a JSON object with \"marks\"");
		}
		JsonNode marks = node.path("marks");
		if (!marks.isArray()) {
			throw new InvalidDrawing("\"marks\" must be a list of {\"region\", \"side\", \"intensity\"}");
		}
		List<PainMark> parsed = new ArrayList<>();
		for (JsonNode mark : marks) {
			parsed.add(mark(mark));
		}
		Set<String> activities = new LinkedHashSet<>();
		JsonNode list = node.path("activities");
		if (!list.isMissingNode() && !list.isNull()) {
			if (!list.isArray()) {
				throw new InvalidDrawing("\"activities\" must be a list of activity ids");
			}
			list.forEach(activity -> activities.add(text(activity, "activity")));
		}
		return new PainDrawing(parsed, activities);
	}

	private static PainMark mark(JsonNode mark) {
		if (!mark.isObject()) {
			throw new InvalidDrawing("each mark is an object with \"region\", \"side\" and \"intensity\"");
		}
		String region = text(mark.path("region"), "region");
		JsonNode sideNode = mark.path("side");
		Side side = null;
		if (!sideNode.isMissingNode() && !sideNode.isNull() && !"none".equals(sideNode.asString(""))) {
			side = Side.parse(sideNode.asString(""));
			if (side == null) {
				throw new InvalidDrawing("unknown side '" + sideNode.asString(sideNode.toString()) + "' of region '"
						+ region + "'; use left or right");
			}
		}
		JsonNode intensity = mark.path("intensity");
		int value = PainMark.DEFAULT_INTENSITY;
		if (!intensity.isMissingNode() && !intensity.isNull()) {
			if (!intensity.isIntegralNumber()) {
				throw new InvalidDrawing("intensity " + intensity + " of region '" + region + "' is not a whole number 1-10");
			}
			value = intensity.asInt();
			if (value < 1 || value > 10 || !intensity.canConvertToInt()) {
				throw new InvalidDrawing("intensity " + intensity + " of region '" + region + "' is not between 1 and 10");
			}
		}
		return new PainMark(region, side, value);
	}

	private static String text(JsonNode node, String what) {
		if (!node.isString() || node.asString().isBlank()) {
			throw new InvalidDrawing("a " + what + " must be a non-empty string");
		}
		return node.asString();
	}

	public ObjectNode analysis(Analysis analysis) {
		ObjectNode out = json.createObjectNode();
		ArrayNode candidates = out.putArray("candidates");
		for (Candidate candidate : analysis.candidates()) {
			ObjectNode node = candidates.addObject();
			node.put("muscle", candidate.muscle());
			node.put("side", candidate.side().id());
			node.put("score", Math.round(candidate.score() * 1000) / 1000.0);
			ArrayNode matched = node.putArray("matched");
			for (Match match : candidate.matched()) {
				ObjectNode m = place(matched.addObject(), match.region(), match.side());
				m.put("zone", match.zone().id());
			}
			ArrayNode unexplained = node.putArray("unexplained");
			for (RegionSide place : candidate.unexplained()) {
				place(unexplained.addObject(), place.region(), place.side());
			}
		}
		ArrayNode cover = out.putArray("cover");
		for (MuscleSide muscle : analysis.cover()) {
			cover.addObject().put("muscle", muscle.muscle()).put("side", muscle.side().id());
		}
		return out;
	}

	/** Writes {@code {"id", "candidates", "cover"}} straight to a generator: the command line's fast path. */
	public void write(tools.jackson.core.JsonGenerator out, JsonNode id, Analysis analysis) {
		out.writeStartObject();
		writeId(out, id);
		out.writeName("candidates");
		out.writeStartArray();
		for (Candidate candidate : analysis.candidates()) {
			out.writeStartObject();
			out.writeStringProperty("muscle", candidate.muscle());
			out.writeStringProperty("side", candidate.side().id());
			out.writeNumberProperty("score", Math.round(candidate.score() * 1000) / 1000.0);
			out.writeName("matched");
			out.writeStartArray();
			for (Match match : candidate.matched()) {
				writePlace(out, match.region(), match.side(), match.zone().id());
			}
			out.writeEndArray();
			out.writeName("unexplained");
			out.writeStartArray();
			for (RegionSide place : candidate.unexplained()) {
				writePlace(out, place.region(), place.side(), null);
			}
			out.writeEndArray();
			out.writeEndObject();
		}
		out.writeEndArray();
		out.writeName("cover");
		out.writeStartArray();
		for (MuscleSide muscle : analysis.cover()) {
			out.writeStartObject();
			out.writeStringProperty("muscle", muscle.muscle());
			out.writeStringProperty("side", muscle.side().id());
			out.writeEndObject();
		}
		out.writeEndArray();
		out.writeEndObject();
	}

	public void writeError(tools.jackson.core.JsonGenerator out, JsonNode id, String message) {
		out.writeStartObject();
		writeId(out, id);
		out.writeStringProperty("error", message);
		out.writeEndObject();
	}

	private static void writeId(tools.jackson.core.JsonGenerator out, JsonNode id) {
		out.writeName("id");
		if (id == null) {
			out.writeNull();
		}
		else {
			out.writeTree(id);
		}
	}

	private static void writePlace(tools.jackson.core.JsonGenerator out, String region, Side side, String zone) {
		out.writeStartObject();
		out.writeStringProperty("region", region);
		if (side != null) {
			out.writeStringProperty("side", side.id());
		}
		if (zone != null) {
			out.writeStringProperty("zone", zone);
		}
		out.writeEndObject();
	}

	private static ObjectNode place(ObjectNode node, String region, Side side) {
		node.put("region", region);
		if (side != null) {
			node.put("side", side.id());
		}
		return node;
	}

}
