package org.tonus.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Normal adult active ranges of motion (from {@code assessment/rom-normals.json}, each with its
 * source), shown next to what was measured. Normals vary with age and method; they guide, they
 * do not judge.
 */
@Component
public class RomNormals {

	public record Movement(String joint, String jointName, String id, String name, int normal, String unit,
			boolean sided, String source) {

		public String key() {
			return joint + "." + id;
		}

		/** The measured range as a share of normal, in percent (100 when the normal is 0 and met). */
		public int percentOfNormal(int measured) {
			if (normal == 0) {
				return measured <= 0 ? 100 : 0;
			}
			return Math.round(100f * measured / normal);
		}

	}

	public record Joint(String id, String name, List<Movement> movements) {
	}

	private final Map<String, Movement> movements = new LinkedHashMap<>();

	private final List<Joint> joints = new ArrayList<>();

	public RomNormals(JsonMapper json) {
		try (InputStream in = RomNormals.class.getClassLoader().getResourceAsStream("assessment/rom-normals.json")) {
			if (in == null) {
				throw new IllegalStateException("assessment/rom-normals.json is missing");
			}
			JsonNode root = json.readTree(in);
			Map<String, String> sources = new LinkedHashMap<>();
			for (JsonNode source : root.path("sources")) {
				sources.put(source.path("id").asString(), source.path("short").asString());
			}
			for (JsonNode joint : root.path("joints")) {
				List<Movement> ofJoint = new ArrayList<>();
				for (JsonNode movement : joint.path("movements")) {
					String cite = movement.path("cite").asString();
					String sourceId = cite.contains("#") ? cite.substring(0, cite.indexOf('#')) : cite;
					if (!sources.containsKey(sourceId)) {
						throw new IllegalStateException("rom-normals.json cites an unknown source: " + sourceId);
					}
					Movement loaded = new Movement(joint.path("id").asString(), joint.path("name").asString(),
							movement.path("id").asString(), movement.path("name").asString(),
							movement.path("normal").asInt(), movement.path("unit").asString("degrees"),
							movement.path("sided").asBoolean(false), sources.get(sourceId));
					ofJoint.add(loaded);
					movements.put(loaded.key(), loaded);
				}
				joints.add(new Joint(joint.path("id").asString(), joint.path("name").asString(), List.copyOf(ofJoint)));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public List<Joint> joints() {
		return List.copyOf(joints);
	}

	public Optional<Movement> movement(String joint, String movement) {
		return Optional.ofNullable(movements.get(joint + "." + movement));
	}

}
