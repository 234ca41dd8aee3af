package org.tonus.referral;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.tonus.knowledge.RegionSide;
import org.tonus.knowledge.Side;

import tools.jackson.core.JsonParser;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.JsonToken;
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

	/** A drawing as read: its id (any JSON value, echoed back) and the drawing, or what is wrong with it. */
	public record Parsed(JsonNode id, PainDrawing drawing, String problem) {

		public PainDrawing drawingOrThrow() {
			if (problem != null) {
				throw new InvalidDrawing(problem);
			}
			return drawing;
		}

	}

	/**
	 * Reads {@code {"id", "marks": [{"region", "side", "intensity"}], "activities": [...]}} with the
	 * streaming parser, the one parser the command line, the API and the body map share. Throws
	 * {@link tools.jackson.core.JacksonException} only for text that is not JSON; a JSON value that
	 * is not a valid drawing comes back with its first problem, naming the bad value.
	 */
	public Parsed parse(String text) {
		try (JsonParser parser = json.createParser(text)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				parser.skipChildren();
				requireEnd(parser);
				return new Parsed(null, null, "a drawing is a JSON object with \"marks\"");
			}
			Reading reading = new Reading();
			JsonNode id = null;
			List<PainMark> marks = null;
			Set<String> activities = new LinkedHashSet<>();
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				parser.nextToken();
				switch (name) {
					case "id" -> id = parser.readValueAsTree();
					case "marks" -> marks = marks(parser, reading);
					case "activities" -> activities(parser, activities, reading);
					default -> parser.skipChildren();
				}
			}
			requireEnd(parser);
			if (marks == null) {
				reading.problem(MARKS_SHAPE);
			}
			return reading.problem != null ? new Parsed(id, null, reading.problem)
					: new Parsed(id, new PainDrawing(marks, activities), null);
		}
	}

	private static final String MARKS_SHAPE = "\"marks\" must be a list of {\"region\", \"side\", \"intensity\"}";

	/** The first problem met while reading; the parser always reads on to stay in step. */
	private static final class Reading {

		String problem;

		void problem(String message) {
			if (problem == null) {
				problem = message;
			}
		}

	}

	private static void requireEnd(JsonParser parser) {
		if (parser.nextToken() != null) {
			throw new tools.jackson.core.exc.StreamReadException(parser, "trailing content after the drawing");
		}
	}

	private static List<PainMark> marks(JsonParser parser, Reading reading) {
		List<PainMark> marks = new ArrayList<>();
		if (parser.currentToken() != JsonToken.START_ARRAY) {
			parser.skipChildren();
			reading.problem(MARKS_SHAPE);
			return marks;
		}
		while (parser.nextToken() != JsonToken.END_ARRAY) {
			if (parser.currentToken() != JsonToken.START_OBJECT) {
				parser.skipChildren();
				reading.problem("each mark is an object with \"region\", \"side\" and \"intensity\"");
				continue;
			}
			try {
				marks.add(mark(parser));
			}
			catch (InvalidDrawing invalid) {
				reading.problem(invalid.getMessage());
			}
		}
		return marks;
	}

	// Reads the whole mark object before judging it, so the parser ends on its END_OBJECT.
	private static PainMark mark(JsonParser parser) {
		String region = null;
		String side = null;
		String badSide = null;
		String intensity = null;
		boolean intensityIsInteger = true;
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			JsonToken value = parser.nextToken();
			switch (name) {
				case "region" -> region = value == JsonToken.VALUE_STRING ? parser.getString() : "";
				case "side" -> {
					if (value == JsonToken.VALUE_STRING) {
						side = parser.getString();
					}
					else if (value != JsonToken.VALUE_NULL) {
						badSide = value.isScalarValue() ? parser.getString() : value.asString();
					}
				}
				case "intensity" -> {
					if (value != JsonToken.VALUE_NULL) {
						intensity = value.isScalarValue() ? parser.getString() : value.asString();
						intensityIsInteger = value == JsonToken.VALUE_NUMBER_INT;
					}
				}
				default -> { }
			}
			parser.skipChildren();
		}
		if (region == null || region.isBlank()) {
			throw new InvalidDrawing("a region must be a non-empty string");
		}
		Side parsedSide = null;
		if (badSide != null || (side != null && !side.equals("none"))) {
			parsedSide = badSide != null ? null : Side.parse(side);
			if (parsedSide == null) {
				throw new InvalidDrawing("unknown side '" + (badSide != null ? badSide : side) + "' of region '" + region
						+ "'; use left or right");
			}
		}
		return new PainMark(region, parsedSide, intensity(intensity, intensityIsInteger, region));
	}

	private static int intensity(String text, boolean integer, String region) {
		if (text == null) {
			return PainMark.DEFAULT_INTENSITY;
		}
		if (!integer) {
			throw new InvalidDrawing("intensity " + text + " of region '" + region + "' is not a whole number 1-10");
		}
		if (text.length() > 3) {
			throw new InvalidDrawing("intensity " + text + " of region '" + region + "' is not between 1 and 10");
		}
		return Integer.parseInt(text);
	}

	private static void activities(JsonParser parser, Set<String> activities, Reading reading) {
		if (parser.currentToken() == JsonToken.VALUE_NULL) {
			return;
		}
		if (parser.currentToken() != JsonToken.START_ARRAY) {
			parser.skipChildren();
			reading.problem("\"activities\" must be a list of activity ids");
			return;
		}
		while (parser.nextToken() != JsonToken.END_ARRAY) {
			if (parser.currentToken() != JsonToken.VALUE_STRING || parser.getString().isBlank()) {
				parser.skipChildren();
				reading.problem("an activity must be a non-empty string");
				continue;
			}
			activities.add(parser.getString());
		}
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

	// Scores lie in 0..1; three decimals, without the cost of Double.toString on older JDKs.
	static String thousandths(double score) {
		long milli = Math.round(Math.max(0, Math.min(1, score)) * 1000);
		if (milli == 1000) {
			return "1.0";
		}
		String digits = Long.toString(1000 + milli).substring(1);
		int end = digits.length();
		while (end > 1 && digits.charAt(end - 1) == '0') {
			end--;
		}
		return "0." + digits.substring(0, end);
	}

	/** Writes {@code {"id", "candidates", "cover"}} straight to a generator: the command line's fast path. */
	public void write(tools.jackson.core.JsonGenerator out, JsonNode id, Analysis analysis) {
		out.writeStartObject();
		writeId(out, id);
		out.writeName("candidates");
		out.writeStartArray();
		for (Candidate candidate : analysis.candidates()) {
			out.writeStartObject();
			out.writeName("muscle");
			out.writeRawValue(quoted(candidate.muscle()));
			out.writeName("side");
			out.writeRawValue(quoted(candidate.side().id()));
			out.writeName("score");
			out.writeNumber(thousandths(candidate.score()));
			out.writeName("matched");
			out.writeStartArray();
			for (Match match : candidate.matched()) {
				out.writeRawValue(fragment(match.region(), match.side(), match.zone().id()));
			}
			out.writeEndArray();
			out.writeName("unexplained");
			out.writeStartArray();
			for (RegionSide place : candidate.unexplained()) {
				out.writeRawValue(fragment(place.region(), place.side(), null));
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

	// Places and muscle ids are written thousands of times when streaming; their JSON is made once.
	private final java.util.concurrent.ConcurrentHashMap<String, SerializedString[]> fragments = new java.util.concurrent.ConcurrentHashMap<>();

	private final java.util.concurrent.ConcurrentHashMap<String, SerializedString> quoted = new java.util.concurrent.ConcurrentHashMap<>();

	private SerializedString fragment(String region, Side side, String zone) {
		SerializedString[] variants = fragments.computeIfAbsent(region, r -> new SerializedString[9]);
		int index = (side == null ? 0 : side.ordinal() + 1) * 3 + (zone == null ? 0 : zone.equals("essential") ? 1 : 2);
		SerializedString fragment = variants[index];
		if (fragment == null) {
			ObjectNode node = place(json.createObjectNode(), region, side);
			if (zone != null) {
				node.put("zone", zone);
			}
			fragment = new SerializedString(json.writeValueAsString(node));
			variants[index] = fragment;
		}
		return fragment;
	}

	private SerializedString quoted(String text) {
		return quoted.computeIfAbsent(text, value -> new SerializedString(json.writeValueAsString(value)));
	}

	private static ObjectNode place(ObjectNode node, String region, Side side) {
		node.put("region", region);
		if (side != null) {
			node.put("side", side.id());
		}
		return node;
	}

}
