package org.tonus.knowledge;

/** A reference to a cited work and where in it ({@code ts-vol1-1999#Trapezius muscle}). */
public record Citation(String sourceId, String locator) {

	public static Citation parse(String text) {
		int hash = text.indexOf('#');
		return hash < 0 ? new Citation(text.strip(), "") : new Citation(text.substring(0, hash).strip(),
				text.substring(hash + 1).strip());
	}

}
