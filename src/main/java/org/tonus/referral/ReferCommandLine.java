package org.tonus.referral;

import java.io.BufferedReader;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.tonus.knowledge.KnowledgeBase;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * {@code java -jar tonus.jar refer [--top N]}: JSON Lines in, one answer per line out, in order,
 * each written as soon as it is computed (so it works as a pipe). No Spring, no database.
 */
public final class ReferCommandLine {

	private static final String USAGE = """
			Usage: java -jar tonus.jar refer [--top N]

			Reads pain drawings as JSON Lines on standard input and writes, for each line, the muscles
			whose trigger points refer pain to the drawn regions, ranked best first (see spec/cli.md).

			Input line:  {"id": "a1", "marks": [{"region": "temple", "side": "left", "intensity": 6}],
			              "activities": ["typing"]}
			Output line: {"id": "a1", "candidates": [{"muscle", "side", "score", "matched", "unexplained"}],
			              "cover": [{"muscle", "side"}]}

			Options:
			  --top N    how many candidates per drawing (default 10)
			  --help     show this help

			Exit status: 0 when every line was answered, 1 when any line got an error answer, 2 for bad usage.
			""";

	private ReferCommandLine() {
	}

	public static int run(String[] args, InputStream in, OutputStream out, PrintStream err) {
		int top = 10;
		for (int i = 1; i < args.length; i++) {
			switch (args[i]) {
				case "--help", "-h" -> {
					new PrintStream(out, true, StandardCharsets.UTF_8).print(USAGE);
					return 0;
				}
				case "--top" -> {
					if (i + 1 >= args.length || !args[i + 1].matches("[1-9][0-9]{0,3}")) {
						err.println("tonus refer: --top needs a whole number from 1 to 9999");
						return 2;
					}
					top = Integer.parseInt(args[++i]);
				}
				default -> {
					err.println("tonus refer: unknown option '" + args[i] + "' (see --help)");
					return 2;
				}
			}
		}
		try {
			return answer(new ReferralEngine(KnowledgeBase.load()), top, in, out);
		}
		catch (UncheckedIOException e) {
			err.println("tonus refer: " + e.getCause().getMessage());
			return 2;
		}
	}

	private static int answer(ReferralEngine engine, int top, InputStream in, OutputStream out) {
		DrawingJson json = new DrawingJson();
		boolean anyError = false;
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
				OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
				JsonGenerator generator = json.mapper().writer().withRootValueSeparator("").createGenerator(buffered)) {
			String line;
			while ((line = lines.readLine()) != null) {
				if (line.isBlank()) {
					continue;
				}
				anyError |= !answerLine(engine, json, line, top, generator);
				generator.writeRaw('\n');
				// Flush when the input has nothing more for now, so a pipe gets each answer at once.
				if (!lines.ready()) {
					generator.flush();
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return anyError ? 1 : 0;
	}

	/** @return false when the line was answered with an error */
	static boolean answerLine(ReferralEngine engine, DrawingJson json, String line, int top, JsonGenerator out) {
		DrawingJson.Parsed parsed;
		try {
			parsed = json.parse(line);
		}
		catch (JacksonException notJson) {
			json.writeError(out, null, "not valid JSON");
			return false;
		}
		if (parsed.problem() != null) {
			json.writeError(out, parsed.id(), parsed.problem());
			return false;
		}
		Analysis analysis;
		try {
			analysis = engine.analyse(parsed.drawing(), top);
		}
		catch (InvalidDrawing invalid) {
			json.writeError(out, parsed.id(), invalid.getMessage());
			return false;
		}
		json.write(out, parsed.id(), analysis);
		return true;
	}

}
