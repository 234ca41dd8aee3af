package org.tonus.atlas;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.springframework.stereotype.Component;

/**
 * The body map as a PNG picture with some places filled in, for documents (PDF) where the
 * interactive SVG cannot go. Drawn from the same shapes as the page.
 */
@Component
public class BodyMapImage {

	private static final Color SILHOUETTE = new Color(0xE9, 0xEE, 0xEC);

	private static final Color OUTLINE = new Color(0x9A, 0xA8, 0xA3);

	private static final Color MARKED = new Color(0x0F, 0x6E, 0x6A);

	private final BodyMap map;

	BodyMapImage(BodyMap map) {
		this.map = map;
	}

	/** @param marked shape keys ("region|side", or the region on the midline) to fill */
	public byte[] png(Set<String> marked, double scale) {
		int width = (int) Math.round(500 * scale);
		int height = (int) Math.round(640 * scale);
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.scale(scale, scale);
			g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
			draw(g, "front", 0, "Front", marked);
			draw(g, "back", 260, "Back", marked);
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return png.toByteArray();
	}

	private void draw(Graphics2D g, String view, int offset, String title, Set<String> marked) {
		AffineTransform saved = g.getTransform();
		g.translate(offset, 24);
		g.setColor(Color.DARK_GRAY);
		g.drawString(title, 120 - g.getFontMetrics().stringWidth(title) / 2, -8);
		g.setStroke(new BasicStroke(1f));
		for (BodyMap.Shape shape : map.silhouette()) {
			fill(g, shape, SILHOUETTE, OUTLINE);
		}
		for (BodyMap.Shape shape : map.shapes(view)) {
			fill(g, shape, marked.contains(shape.key()) ? MARKED : Color.WHITE, OUTLINE);
		}
		g.setTransform(saved);
	}

	private static void fill(Graphics2D g, BodyMap.Shape shape, Color fill, Color line) {
		java.awt.Shape drawn = geometry(shape.element(), shape.attributes());
		if (drawn == null) {
			return;
		}
		g.setColor(fill);
		g.fill(drawn);
		g.setColor(line);
		g.draw(drawn);
	}

	private static java.awt.Shape geometry(String element, Map<String, String> a) {
		return switch (element) {
			case "ellipse" -> new Ellipse2D.Double(num(a, "cx") - num(a, "rx"), num(a, "cy") - num(a, "ry"), 2 * num(a, "rx"),
					2 * num(a, "ry"));
			case "rect" -> new RoundRectangle2D.Double(num(a, "x"), num(a, "y"), num(a, "width"), num(a, "height"),
					2 * num(a, "rx"), 2 * num(a, "rx"));
			case "polygon" -> polygon(a.getOrDefault("points", ""));
			default -> null;
		};
	}

	private static java.awt.Shape polygon(String points) {
		java.awt.geom.Path2D.Double path = new java.awt.geom.Path2D.Double();
		String[] pairs = points.trim().split("\\s+");
		for (int i = 0; i < pairs.length; i++) {
			String[] xy = pairs[i].split(",");
			if (xy.length != 2) {
				continue;
			}
			double x = Double.parseDouble(xy[0]);
			double y = Double.parseDouble(xy[1]);
			if (i == 0) {
				path.moveTo(x, y);
			}
			else {
				path.lineTo(x, y);
			}
		}
		path.closePath();
		return path;
	}

	private static double num(Map<String, String> attributes, String name) {
		String value = attributes.get(name);
		return value == null || value.isBlank() ? 0 : Double.parseDouble(value);
	}

}
