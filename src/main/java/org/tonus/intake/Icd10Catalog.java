package org.tonus.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ICD-10-CM diagnosis codes Tonus offers on prescriptions ({@code intake/icd10cm.json}, from the
 * CDC/NCHS FY2025 code files, public domain), searchable by code or words of the title.
 */
@Component
public class Icd10Catalog {

	public record Code(String code, String title) {
	}

	private final Map<String, Code> codes = new LinkedHashMap<>();

	Icd10Catalog() {
		try (InputStream in = Icd10Catalog.class.getClassLoader().getResourceAsStream("intake/icd10cm.json")) {
			JsonNode root = JsonMapper.builder().build().readTree(in);
			for (JsonNode node : root.path("codes")) {
				Code code = new Code(node.path("code").asString(), node.path("title").asString());
				codes.put(code.code(), code);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public Optional<Code> find(String code) {
		return code == null ? Optional.empty() : Optional.ofNullable(codes.get(code.strip().toUpperCase(Locale.ROOT)));
	}

	public List<Code> all() {
		return List.copyOf(codes.values());
	}

	/** Codes whose code starts with, or whose title contains every word of, the query. */
	public List<Code> search(String query, int limit) {
		String folded = fold(query);
		if (folded.isEmpty()) {
			return all().stream().limit(limit).toList();
		}
		String[] words = folded.split("\\s+");
		return codes.values().stream().filter(code -> {
			if (code.code().toLowerCase(Locale.ROOT).startsWith(folded)) {
				return true;
			}
			String title = fold(code.title());
			for (String word : words) {
				if (!title.contains(word)) {
					return false;
				}
			}
			return true;
		}).limit(limit).toList();
	}

	private static String fold(String text) {
		return text == null ? "" : Normalizer.normalize(text.strip(), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT);
	}

}
