package org.tonus.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.tonus.knowledge.BodyRegion;
import org.tonus.knowledge.KnowledgeBase;

/** Prints N random pain drawings (1 to 20 marks) as JSON Lines, for the command-line benchmark. */
public final class DrawingGenerator {

	private DrawingGenerator() {
	}

	public static void main(String[] args) {
		int count = Integer.parseInt(args[0]);
		List<BodyRegion> regions = new ArrayList<>(KnowledgeBase.load().regions());
		Random random = new Random(7);
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < count; i++) {
			out.append("{\"id\":\"d").append(i).append("\",\"marks\":[");
			int marks = 1 + random.nextInt(20);
			java.util.Set<String> used = new java.util.HashSet<>();
			for (int m = 0; m < marks; m++) {
				BodyRegion region = regions.get(random.nextInt(regions.size()));
				String side = region.lateral() ? (random.nextBoolean() ? "left" : "right") : null;
				if (!used.add(region.id() + side)) {
					continue;
				}
				if (out.charAt(out.length() - 1) == '}') {
					out.append(',');
				}
				out.append("{\"region\":\"").append(region.id()).append('"');
				if (side != null) {
					out.append(",\"side\":\"").append(side).append('"');
				}
				out.append(",\"intensity\":").append(1 + random.nextInt(10)).append('}');
			}
			out.append("]}\n");
			if (out.length() > 1 << 16) {
				System.out.print(out);
				out.setLength(0);
			}
		}
		System.out.print(out);
	}

}
