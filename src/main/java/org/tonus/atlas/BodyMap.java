package org.tonus.atlas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tonus.knowledge.BodyRegion;
import org.tonus.knowledge.Side;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tonus's own schematic body drawing ({@code atlas/body-map.json}): a front and a back view, one
 * shape per region and side. In the front view the client's right is on the viewer's left.
 */
public final class BodyMap {

	/** One drawable shape: an SVG element name, its geometry, and the place on the body it stands for. */
	public record Shape(String view, String region, String side, String element, Map<String, String> attributes) {

		public String key() {
			return BodyMap.key(region, Side.parse(side));
		}

	}

	/**
	 * The key of the shape drawn for a place: "temple|right" for a side of a lateral region, the
	 * region alone ("sternum") on the midline or when no side is given.
	 */
	public static String key(String region, Side side) {
		return side == null ? region : region + "|" + side.id();
	}

	/** The key of the shape for {@code side} of {@code region}; a midline region's side is ignored. */
	public static String key(BodyRegion region, Side side) {
		return key(region.id(), region.lateral() ? side : null);
	}

	private final int width;

	private final int height;

	private final List<Shape> silhouette;

	private final List<Shape> shapes;

	private BodyMap(int width, int height, List<Shape> silhouette, List<Shape> shapes) {
		this.width = width;
		this.height = height;
		this.silhouette = List.copyOf(silhouette);
		this.shapes = List.copyOf(shapes);
	}

	public static BodyMap load() {
		try (InputStream in = BodyMap.class.getClassLoader().getResourceAsStream("atlas/body-map.json")) {
			JsonNode root = JsonMapper.builder().build().readTree(in);
			List<Shape> silhouette = new ArrayList<>();
			root.path("silhouette").forEach(node -> silhouette.add(shape(node)));
			List<Shape> shapes = new ArrayList<>();
			root.path("shapes").forEach(node -> shapes.add(shape(node)));
			return new BodyMap(root.path("width").asInt(), root.path("height").asInt(), silhouette, shapes);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Shape shape(JsonNode node) {
		Map<String, String> attributes = new LinkedHashMap<>();
		node.path("attributes").properties().forEach(entry -> attributes.put(entry.getKey(), entry.getValue().asString()));
		JsonNode side = node.path("side");
		return new Shape(node.path("view").asString("front"), node.path("region").asString(null),
				side.isNull() || side.isMissingNode() ? null : side.asString(), node.path("shape").asString(), attributes);
	}

	public int width() {
		return width;
	}

	public int height() {
		return height;
	}

	public List<Shape> silhouette() {
		return silhouette;
	}

	public List<Shape> shapes() {
		return shapes;
	}

	public List<Shape> shapes(String view) {
		return shapes.stream().filter(shape -> shape.view().equals(view)).toList();
	}

}
